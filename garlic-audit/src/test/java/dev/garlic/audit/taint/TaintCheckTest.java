package dev.garlic.audit.taint;

import static dev.garlic.audit.taint.TaintFixture.check;
import static org.assertj.core.api.Assertions.assertThat;

import dev.garlic.protocol.finding.Finding;
import dev.garlic.protocol.finding.TraceStep;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaintCheckTest {

  @Test
  void reportsSqlInjectionFromRequestParameterAndNotFromConstant() {
    check(
        """
        class A {
          void h(HttpServletRequest req, Connection c) throws Exception {
            String id = req.getParameter("id");
            Statement st = c.createStatement();
            st.executeQuery("select * from t where id=" + id); // EXPECT: CWE-89
            st.executeQuery("select * from t where id=" + "7"); // EXPECT: none
          }
        }
        """);
  }

  @Test
  void overwritingWithAConstantCleansTheVariable() {
    check(
        """
        class A {
          void h(HttpServletRequest req, Statement st) throws Exception {
            String id = req.getParameter("id");
            id = "42";
            st.executeQuery("select " + id); // EXPECT: none
          }
        }
        """);
  }

  @Test
  void followsStringBuilderFormatAndStringOperations() {
    check(
        """
        class A {
          void h(HttpServletRequest req, Statement st) throws Exception {
            String p = req.getParameter("p");
            StringBuilder sb = new StringBuilder("select * from t where a='");
            sb.append(p.trim().substring(1).replace("x", "y")).append("'");
            st.execute(sb.toString()); // EXPECT: CWE-89
            st.execute(String.format("select %s", p.split(",")[0])); // EXPECT: CWE-89
            StringBuilder clean = new StringBuilder("select 1");
            st.execute(clean.toString()); // EXPECT: none
          }
        }
        """);
  }

  @Test
  void followsTaintThroughUserMethodsContextSensitively() {
    check(
        """
        class A {
          String wrap(String s) { return "'" + s + "'"; }
          void run(Statement st, String sql) throws Exception {
            st.executeQuery(sql); // EXPECT: CWE-89
          }
          void h(HttpServletRequest req, Statement st) throws Exception {
            String w = wrap(req.getParameter("q"));
            run(st, "select " + w);
            run(st, "select " + wrap("constant"));
          }
        }
        """);
  }

  @Test
  void cleanCallsOfAMethodDoNotReport() {
    check(
        """
        class A {
          void run(Statement st, String sql) throws Exception {
            st.executeQuery(sql); // EXPECT: none
          }
          void h(Statement st) throws Exception {
            run(st, "select 1");
          }
        }
        """);
  }

  @Test
  void followsConstructorsAndFieldsWithAccessPaths() {
    check(
        """
        class User {
          String name; String role;
          User(String name, String role) { this.name = name; this.role = role; }
          String getName() { return name; }
          String getRole() { return role; }
        }
        class A {
          void h(HttpServletRequest req, Statement st) throws Exception {
            User u = new User(req.getParameter("n"), "admin");
            st.executeQuery("select " + u.getName()); // EXPECT: CWE-89
            st.executeQuery("select " + u.getRole()); // EXPECT: none
            st.executeQuery("select " + u.role); // EXPECT: none
          }
        }
        """);
  }

  @Test
  void setterEffectsLandOnTheReceiverField() {
    check(
        """
        class Box { String v; void set(String v) { this.v = v; } String get() { return v; } }
        class A {
          void h(HttpServletRequest req, Statement st) throws Exception {
            Box b = new Box();
            b.set(req.getParameter("x"));
            st.execute(b.get()); // EXPECT: CWE-89
            Box c = new Box();
            c.set("safe");
            st.execute(c.get()); // EXPECT: none
          }
        }
        """);
  }

  @Test
  void resolvesInterfaceCallsToImplementationsInTheProject() {
    check(
        """
        interface Dao { void find(String id) throws Exception; }
        class JdbcDao implements Dao {
          Statement st;
          public void find(String id) throws Exception {
            st.executeQuery("select * from t where id=" + id); // EXPECT: CWE-89
          }
        }
        class A {
          Dao dao;
          void h(HttpServletRequest req) throws Exception { dao.find(req.getParameter("id")); }
        }
        """);
  }

  @Test
  void mapReadWithConstantKeyReturnsWhatWasStoredUnderIt() {
    check(
        """
        class A {
          void h(HttpServletRequest req, Statement st) throws Exception {
            Map<String, String> m = new HashMap<>();
            m.put("bad", req.getParameter("x"));
            m.put("good", "select 1");
            st.execute(m.get("good")); // EXPECT: none
            st.execute(m.get("bad")); // EXPECT: CWE-89
          }
        }
        """);
  }

  @Test
  void listReadAtConstantIndexAfterAddAndRemove() {
    check(
        """
        class A {
          void h(HttpServletRequest req, Statement st) throws Exception {
            List<String> l = new ArrayList<>();
            l.add("safe");
            l.add(req.getParameter("x"));
            l.add("also safe");
            st.execute(l.get(0)); // EXPECT: none
            st.execute(l.get(1)); // EXPECT: CWE-89
            l.remove(0);
            st.execute(l.get(1)); // EXPECT: none
            st.execute(l.get(0)); // EXPECT: CWE-89
          }
        }
        """);
  }

  @Test
  void arraysWithConstantIndices() {
    check(
        """
        class A {
          void h(HttpServletRequest req, Statement st) throws Exception {
            String[] a = new String[] {"safe", req.getParameter("x")};
            st.execute(a[0]); // EXPECT: none
            st.execute(a[1]); // EXPECT: CWE-89
            String[] b = new String[2];
            b[0] = req.getParameter("y");
            b[1] = "ok";
            st.execute(b[1]); // EXPECT: none
          }
        }
        """);
  }

  @Test
  void lambdasAndStreamsPropagate() {
    check(
        """
        class A {
          void h(HttpServletRequest req, Statement st) throws Exception {
            List<String> names = Arrays.asList(req.getParameterValues("n"));
            names.stream().map(s -> "select " + s).forEach(q -> {
              try { st.execute(q); } catch (Exception e) { } // EXPECT: CWE-89
            });
            names.stream().map(s -> "select 1").forEach(q -> {
              try { st.execute(q); } catch (Exception e) { } // EXPECT: none
            });
          }
        }
        """);
  }

  @Test
  void anonymousAndInnerClassesAreAnalysed() {
    check(
        """
        class A {
          class Inner {
            void run(Statement st, String s) throws Exception {
              st.execute(s); // EXPECT: CWE-89
            }
          }
          void h(HttpServletRequest req, Statement st) throws Exception {
            String p = req.getParameter("p");
            new Inner().run(st, p);
            Runnable r = new Runnable() {
              public void run() {
                try { st.execute("x" + p); } catch (Exception e) { } // EXPECT: CWE-89
              }
            };
          }
        }
        """);
  }

  @Test
  void springAnnotatedParametersAreSources() {
    check(
        """
        class C {
          Statement st;
          String get(@RequestParam("id") String id, String other) throws Exception {
            st.execute("select " + id); // EXPECT: CWE-89
            st.execute("select " + other); // EXPECT: none
            return "ok";
          }
        }
        """);
  }

  @Test
  void reportsEachInjectionRule() {
    check(
        """
        import javax.naming.directory.*;
        import javax.xml.xpath.*;
        import java.net.*;
        class A {
          private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(A.class);
          void h(HttpServletRequest req, HttpServletResponse resp, DirContext ctx, XPath xp)
              throws Exception {
            String p = req.getParameter("p");
            Runtime.getRuntime().exec("ls " + p); // EXPECT: CWE-78
            new ProcessBuilder("sh", "-c", p); // EXPECT: CWE-78
            ctx.search("ou=x", "(uid=" + p + ")", null); // EXPECT: CWE-90
            xp.evaluate("//u[@n='" + p + "']", null); // EXPECT: CWE-643
            req.getSession().setAttribute("u", p); // EXPECT: CWE-501
            LOG.info("user " + p); // EXPECT: CWE-117
            resp.sendRedirect(p); // EXPECT: CWE-601
            resp.setHeader("X-A", p); // EXPECT: CWE-113
            new URL(p).openStream(); // EXPECT: CWE-918
            new ObjectInputStream(req.getInputStream()).readObject(); // EXPECT: CWE-502
            java.nio.file.Paths.get(p); // EXPECT: CWE-22
          }
        }
        """);
  }

  @Test
  void systemOutIsNotAnHtmlResponse() {
    check(
        """
        class A {
          void h(HttpServletRequest req) {
            System.out.println(req.getParameter("p")); // EXPECT: none
          }
        }
        """);
  }

  @Test
  void traceRunsFromSourceThroughCallsToSink() {
    List<Finding> findings =
        check(
            """
            class A {
              void run(Statement st, String sql) throws Exception {
                st.executeQuery(sql); // EXPECT: CWE-89
              }
              void h(HttpServletRequest req, Statement st) throws Exception {
                String id = req.getParameter("id");
                run(st, "select " + id);
              }
            }
            """);
    Finding f = findings.getFirst();
    List<TraceStep> trace = f.trace();
    assertThat(trace.getFirst().description()).isEqualTo("read from request parameter \"id\"");
    assertThat(trace.getFirst().location().line()).isEqualTo(10);
    assertThat(trace.getLast().description()).contains("reaches").contains("executeQuery");
    assertThat(trace.getLast().location().line()).isEqualTo(7);
    assertThat(trace).anyMatch(s -> s.description().equals("passed to A.run as argument 2"));
    assertThat(trace).anyMatch(s -> s.description().equals("assigned to id"));
    assertThat(f.ruleId()).isEqualTo("sql-injection");
    assertThat(f.fingerprint())
        .isEqualTo(sha16("sql-injection|src/F0.java|A.run(Statement,String)|st.executeQuery(sql)"));
    assertThat(f.trace().getLast().code()).isEqualTo("st.executeQuery(sql); // EXPECT: CWE-89");
  }

  private static String sha16(String text) {
    try {
      byte[] hash =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(hash).substring(0, 16);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
