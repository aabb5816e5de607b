package dev.garlic.audit.taint;

import org.junit.jupiter.api.Test;

class ScratchTest {
  @Test
  void scratch() {
    System.setProperty("garlic.taint.rethrow", "true");
    System.err.println(
        TaintFixture.run(
            TaintFixture.PRELUDE
                + """
        class A {
          void h(HttpServletRequest req, Statement st) throws Exception {
            String q = "select 1";
            for (int i = 0; i < 3; i++) {
              if (i == 2) { q = q + req.getParameter("p"); }
            }
            st.execute(q);
          }
        }
        """));
  }
}
