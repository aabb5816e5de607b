package dev.garlic.audit.taint;

import static dev.garlic.audit.taint.TaintFixture.check;

import org.junit.jupiter.api.Test;

/** What makes tainted data safe: parsing, parameters, allow-lists, containment checks, encoders. */
class TaintSanitisersTest {

  @Test
  void numericParsingSanitises() {
    check(
        """
        class A {
          void h(HttpServletRequest req, Statement st) throws Exception {
            int id = Integer.parseInt(req.getParameter("id"));
            st.executeQuery("select * from t where id=" + id); // EXPECT: none
          }
        }
        """);
  }

  @Test
  void preparedStatementParametersAreSafe() {
    check(
        """
        class A {
          void h(HttpServletRequest req, Connection c) throws Exception {
            PreparedStatement ps = c.prepareStatement("select * from t where id=?"); // EXPECT: none
            ps.setString(1, req.getParameter("id"));
            ps.executeQuery(); // EXPECT: none
          }
        }
        """);
  }

  @Test
  void allowListCheckWithEarlyExitSanitises() {
    check(
        """
        class A {
          static final Set<String> ALLOWED = Set.of("a", "b");
          void h(HttpServletRequest req, Statement st) throws Exception {
            String col = req.getParameter("col");
            if (!ALLOWED.contains(col)) {
              throw new IllegalArgumentException("bad");
            }
            st.execute("select " + col); // EXPECT: none
          }
          void g(HttpServletRequest req, Statement st) throws Exception {
            String col = req.getParameter("col");
            if (!ALLOWED.contains(col)) {
              System.out.println("not allowed");
            }
            st.execute("select " + col); // EXPECT: CWE-89
          }
        }
        """);
  }

  @Test
  void canonicalisationWithContainmentCheckSanitisesPaths() {
    check(
        """
        class A {
          void h(HttpServletRequest req) throws Exception {
            File f = new File("/base", req.getParameter("f")); // EXPECT: none
            String canon = f.getCanonicalPath();
            if (!canon.startsWith("/base/")) {
              throw new SecurityException("outside");
            }
            new FileInputStream(canon); // EXPECT: none
            new FileInputStream(f); // EXPECT: none
          }
          void g(HttpServletRequest req) throws Exception {
            String name = req.getParameter("f");
            new FileInputStream("/base/" + name); // EXPECT: CWE-22
          }
        }
        """);
  }

  @Test
  void encodersSanitiseOnlyTheirOwnRule() {
    check(
        """
        import org.owasp.encoder.Encode;
        class A {
          void h(HttpServletRequest req, HttpServletResponse resp, Statement st) throws Exception {
            String n = Encode.forHtml(req.getParameter("n"));
            resp.getWriter().println("<p>" + n); // EXPECT: none
            st.execute("select " + n); // EXPECT: CWE-89
            PrintWriter out = resp.getWriter();
            out.print(req.getParameter("m")); // EXPECT: CWE-79
          }
        }
        """);
  }

  @Test
  void lineBreakStrippingSanitisesLogsAndHeaders() {
    check(
        """
        class A {
          private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(A.class);
          void h(HttpServletRequest req, HttpServletResponse resp) {
            String p = req.getParameter("p").replaceAll("[\\r\\n]", "");
            LOG.info("user " + p); // EXPECT: none
            resp.setHeader("X-A", p); // EXPECT: none
          }
        }
        """);
  }

  @Test
  void allowListReplacementsSanitise() {
    check(
        """
        class A {
          void h(HttpServletRequest req, HttpServletResponse resp, Statement st) throws Exception {
            String p = req.getParameter("p");
            String word = p.replaceAll("[^A-Za-z0-9_-]", "");
            st.execute("select * from t where a = '" + word + "'"); // EXPECT: none
            new File("/srv/" + word); // EXPECT: none
            String dotted = p.replaceAll("[^a-zA-Z0-9.]+", "");
            new File("/srv/" + dotted); // EXPECT: CWE-22
            String loose = p.replaceAll("[^a-zA-Z0-9' ]", "");
            st.execute("select '" + loose + "'"); // EXPECT: CWE-89
            resp.getWriter().print(p.replace("<", "&lt;")); // EXPECT: none
            resp.getWriter().print(p.replace(">", "&gt;")); // EXPECT: CWE-79
          }
        }
        """);
  }
}
