package dev.garlic.audit.taint;

import static dev.garlic.audit.taint.TaintFixture.check;

import org.junit.jupiter.api.Test;

/** Branches that fold to constants, switches, loops, try blocks and recursion. */
class TaintControlFlowTest {

  @Test
  void constantConditionsTakeOnlyTheFeasibleBranch() {
    check(
        """
        class A {
          static final boolean DEBUG = false;
          static final int MODE = 2;
          void h(HttpServletRequest req, Statement st) throws Exception {
            String p = req.getParameter("p");
            String q = "select 1";
            if (DEBUG) { q = p; }
            if ((7 * 3) - 20 > 1) { q = p; }
            st.execute(q); // EXPECT: none
            String r = (1 + 1 == 3) ? p : "x";
            st.execute(r); // EXPECT: none
            String s = "a";
            switch (MODE) {
              case 1: s = p; break;
              case 2: s = "b"; break;
              default: s = p;
            }
            st.execute(s); // EXPECT: none
            String t = (MODE == 2) ? p : "x";
            st.execute(t); // EXPECT: CWE-89
          }
        }
        """);
  }

  @Test
  void unknownConditionsJoinBothBranches() {
    check(
        """
        class A {
          void h(HttpServletRequest req, Statement st, boolean flag) throws Exception {
            String q = "select 1";
            if (flag) { q = req.getParameter("p"); }
            st.execute(q); // EXPECT: CWE-89
          }
        }
        """);
  }

  @Test
  void taintSurvivesLoopsAndTryBlocks() {
    check(
        """
        class A {
          void h(HttpServletRequest req, Statement st) throws Exception {
            String q = "select 1";
            for (int i = 0; i < 3; i++) {
              if (i == 2) { q = q + req.getParameter("p"); }
            }
            try {
              st.execute(q); // EXPECT: CWE-89
            } finally {
              q = "";
            }
            for (String v : req.getParameterValues("v")) {
              st.execute(v); // EXPECT: CWE-89
            }
          }
        }
        """);
  }

  @Test
  void recursionTerminates() {
    check(
        """
        class A {
          String f(String s, int n) { return n == 0 ? s : f(s + "x", n - 1); }
          void h(HttpServletRequest req, Statement st) throws Exception {
            st.execute(f(req.getParameter("p"), 3)); // EXPECT: CWE-89
          }
        }
        """);
  }

  @Test
  void switchOnACharacterOfAConstantStringTakesItsCase() {
    check(
        """
        class A {
          void h(HttpServletRequest req, Statement st) throws Exception {
            String param = req.getParameter("p");
            String guess = "ABC";
            char target = guess.charAt(2);
            String bar;
            switch (target) {
              case 'A': bar = param; break;
              case 'C': bar = "safe"; break;
              default: bar = param; break;
            }
            st.execute(bar); // EXPECT: none
            int num = 86;
            String baz = (7 * 42) - num > 200 ? "safe" : param;
            st.execute(baz); // EXPECT: none
            String qux = "abc".length() == 3 ? param : "safe";
            st.execute(qux); // EXPECT: CWE-89
          }
        }
        """);
  }

  @Test
  void methodsThatAlwaysReturnAConstantDecideBranches() {
    check(
        """
        class A {
          private static boolean returnsFalse() { return false; }
          private boolean returnsTrue() { return 2 > 1; }
          void h(HttpServletRequest req, Statement st, boolean unknown) throws Exception {
            String p = req.getParameter("p");
            String q = "select 1";
            if (returnsFalse()) { q = p; }
            st.execute(q); // EXPECT: none
            String r = returnsTrue() ? "select 2" : p;
            st.execute(r); // EXPECT: none
            if (unknown) { q = p; }
            st.execute(q); // EXPECT: CWE-89
          }
        }
        """);
  }
}
