package dev.garlic.audit.taint;

import static dev.garlic.audit.taint.TaintFixture.check;

import org.junit.jupiter.api.Test;

/** Shapes of real servlet and Spring code, written apart from the corpus. */
class TaintRealisticTest {

  @Test
  void headerEnumerationDecodedIntoSql() {
    check(
        """
        class A {
          void doPost(HttpServletRequest request, HttpServletResponse response) throws Exception {
            java.util.Enumeration<String> headers = request.getHeaders("X-Test");
            String param = "";
            if (headers != null && headers.hasMoreElements()) {
              param = headers.nextElement();
            }
            param = java.net.URLDecoder.decode(param, "UTF-8");
            String sql = "SELECT * FROM USERS WHERE PASSWORD='" + param + "'";
            java.sql.Statement statement = Db.statement();
            statement.execute(sql, java.sql.Statement.RETURN_GENERATED_KEYS); // EXPECT: CWE-89
          }
        }
        class Db { static java.sql.Statement statement() { return null; } }
        """);
  }

  @Test
  void innerHelperClassWithBranchesOnConstants() {
    check(
        """
        class A {
          void doPost(HttpServletRequest request, HttpServletResponse response) throws Exception {
            String param = request.getParameter("p");
            String bar = new Test().doSomething(request, param);
            response.getWriter().printf(java.util.Locale.US, bar, "a"); // EXPECT: CWE-79
            String safe = new Test().doNothing(request, param);
            response.getWriter().print(safe); // EXPECT: none
          }
          private class Test {
            String doSomething(HttpServletRequest request, String param) {
              String bar = "safe";
              int num = 106;
              bar = (7 * 18) + num > 200 ? "This_should_always_happen" : param;
              StringBuilder sb = new StringBuilder(param);
              return sb.append("_suffix").toString();
            }
            String doNothing(HttpServletRequest request, String param) {
              int num = 106;
              return (7 * 18) + num > 200 ? "This_should_always_happen" : param;
            }
          }
        }
        """);
  }

  @Test
  void cookieLoopIntoFileStream() {
    check(
        """
        class A {
          void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
            String param = "noCookieValueSupplied";
            Cookie[] cookies = request.getCookies();
            if (cookies != null) {
              for (Cookie c : cookies) {
                if (c.getName().equals("name")) {
                  param = java.net.URLDecoder.decode(c.getValue(), "UTF-8");
                  break;
                }
              }
            }
            String fileName = "/srv/files/" + param;
            new java.io.FileOutputStream(fileName, false); // EXPECT: CWE-22
            new java.io.FileInputStream(new java.io.File("/srv/files/fixed")); // EXPECT: none
          }
        }
        """);
  }

  @Test
  void commandArraysAndRuntimeInAVariable() {
    check(
        """
        class A {
          void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
            String bar = request.getParameter("c");
            String[] args = {"sh", "-c", "echo " + bar};
            Runtime r = Runtime.getRuntime();
            r.exec(args); // EXPECT: CWE-78
            String[] fixed = {"ls", "-l"};
            r.exec(fixed); // EXPECT: none
          }
        }
        """);
  }

  @Test
  void ldapSearchWithFilterArguments() {
    check(
        """
        import javax.naming.directory.*;
        class A {
          void doGet(HttpServletRequest request, DirContext ctx, SearchControls sc) throws Exception {
            String bar = request.getParameter("u");
            String filter = "(&(objectclass=person)(uid=" + bar + "))";
            ctx.search("ou=users", filter, new Object[] {"a"}, sc); // EXPECT: CWE-90
            ctx.search("ou=users", "(uid={0})", new Object[] {bar}, sc); // EXPECT: none
          }
        }
        """);
  }

  @Test
  void springRequestBodyObjectThroughGetters() {
    check(
        """
        class UserDto {
          private String name;
          private String role = "user";
          public String getName() { return name; }
          public String getRole() { return role; }
        }
        class C {
          org.springframework.jdbc.core.JdbcTemplate jdbc;
          void create(@RequestBody UserDto u, @RequestParam Map<String, String> params) {
            jdbc.execute("insert into u values('" + u.getName() + "')"); // EXPECT: CWE-89
            jdbc.update("insert into u values(?)", u.getName()); // EXPECT: none
            jdbc.execute("select " + params.get("sort")); // EXPECT: CWE-89
          }
        }
        """);
  }

  @Test
  void recordsCarryTheirComponents() {
    check(
        """
        record Cmd(String host, String mode) {}
        class A {
          void doGet(HttpServletRequest request) throws Exception {
            Cmd cmd = new Cmd(request.getParameter("h"), "fast");
            Runtime.getRuntime().exec("ping " + cmd.host()); // EXPECT: CWE-78
            Runtime.getRuntime().exec("ping " + cmd.mode()); // EXPECT: none
          }
        }
        """);
  }

  @Test
  void fieldSetInConstructorReachesASinkInAnotherMethod() {
    check(
        """
        class Query {
          private final String sql;
          private final java.sql.Statement st;
          Query(java.sql.Statement st, String sql) { this.st = st; this.sql = sql; }
          void run() throws Exception {
            st.execute(sql); // EXPECT: CWE-89
          }
        }
        class A {
          void doGet(HttpServletRequest request, java.sql.Statement st) throws Exception {
            new Query(st, "select 1").run();
            Query q = new Query(st, "select " + request.getParameter("x"));
            q.run();
          }
        }
        """);
  }

  @Test
  void tryWithResourcesAndHelpersInAnotherFile() {
    check(
        """
        class A {
          void doGet(HttpServletRequest request, java.sql.Connection conn) throws Exception {
            String id = Params.first(request, "id");
            try (java.sql.Statement st = conn.createStatement()) {
              st.executeQuery("select * from t where id = " + id); // EXPECT: CWE-89
              st.executeQuery("select * from t where id = " + Params.number(id)); // EXPECT: none
            }
          }
        }
        class Params {
          static String first(HttpServletRequest r, String name) {
            String[] values = r.getParameterValues(name);
            return values == null ? "" : values[0];
          }
          static int number(String s) { return Integer.parseInt(s); }
        }
        """);
  }

  @Test
  void collectionLiteralsKeepElementsApart() {
    check(
        """
        class A {
          void doGet(HttpServletRequest request, java.sql.Statement st) throws Exception {
            String p = request.getParameter("p");
            st.execute(Arrays.asList("select 1", p).get(0)); // EXPECT: none
            st.execute(List.of("select 1", p).get(1)); // EXPECT: CWE-89
            Map<String, String> m = Map.of("safe", "select 2", "bad", p);
            st.execute(m.get("safe")); // EXPECT: none
            st.execute(m.get("bad")); // EXPECT: CWE-89
          }
        }
        """);
  }

  @Test
  void enumValueOfAndNumericValidationAreSafe() {
    check(
        """
        enum Sort { NAME, DATE }
        class A {
          void doGet(HttpServletRequest request, java.sql.Statement st) throws Exception {
            Sort sort = Sort.valueOf(request.getParameter("sort"));
            st.execute("select * from t order by " + sort); // EXPECT: none
            String id = request.getParameter("id");
            if (!org.apache.commons.lang3.StringUtils.isNumeric(id)) {
              return;
            }
            st.execute("select * from t where id = " + id); // EXPECT: none
          }
        }
        """);
  }

  @Test
  void springRedirectViewNamesAreRedirects() {
    check(
        """
        class C {
          @GetMapping("/go")
          String go(@RequestParam String url) {
            return "redirect:" + url; // EXPECT: CWE-601
          }
          @GetMapping("/home")
          String home(@RequestParam String tab) {
            return "redirect:/home"; // EXPECT: none
          }
        }
        """);
  }

  @Test
  void jaxRsParametersAreSources() {
    check(
        """
        class R {
          java.sql.Statement st;
          void find(@QueryParam("q") String q, @PathParam("id") String id) throws Exception {
            st.execute("select " + q); // EXPECT: CWE-89
            st.execute("select " + Integer.parseInt(id)); // EXPECT: none
          }
        }
        """);
  }

  @Test
  void helperPrintingToAWriterParameterIsXssOnlyForTheResponseWriter() {
    check(
        """
        class A {
          void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
            String name = request.getParameter("name");
            render(response.getWriter(), name);
            PrintWriter out = response.getWriter();
            layout(out, name);
            render(new PrintWriter(System.out), name);
            render(response.getWriter(), "fixed");
          }
          void layout(PrintWriter out, String s) { render(out, "<p>" + s); }
          void render(PrintWriter out, String s) {
            out.println("<b>" + s + "</b>"); // EXPECT: CWE-79
          }
        }
        """);
  }

  @Test
  void helperPrintingToAnotherWriterIsNotXss() {
    check(
        """
        class A {
          void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
            String name = request.getParameter("name");
            render(new PrintWriter(new java.io.StringWriter()), name);
            render(response.getWriter(), "fixed");
          }
          void render(PrintWriter out, String s) {
            out.println("<b>" + s + "</b>"); // EXPECT: none
          }
        }
        """);
  }
}
