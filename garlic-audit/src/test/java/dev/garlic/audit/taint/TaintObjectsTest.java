package dev.garlic.audit.taint;

import static dev.garlic.audit.taint.TaintFixture.check;

import org.junit.jupiter.api.Test;

/** Function objects, static and outer fields, library objects made safe, and allocated types. */
class TaintObjectsTest {

  @Test
  void lambdaHeldInAVariableRunsWithItsArguments() {
    check(
        """
        import java.util.function.Function;
        class A {
          void h(HttpServletRequest req, Statement st) throws Exception {
            Function<String, String> wrap = s -> "[" + s + "]";
            Function<String, String> fixed = s -> "fixed";
            st.execute(wrap.apply(req.getParameter("p"))); // EXPECT: CWE-89
            st.execute(fixed.apply(req.getParameter("p"))); // EXPECT: none
          }
        }
        """);
  }

  @Test
  void anonymousClassHeldInAVariableRunsItsMethod() {
    check(
        """
        import java.util.function.Supplier;
        class A {
          void h(HttpServletRequest req, Statement st) throws Exception {
            String p = req.getParameter("p");
            Supplier<String> bad = new Supplier<>() { public String get() { return p; } };
            Supplier<String> good = new Supplier<>() { public String get() { return "x"; } };
            st.execute(bad.get()); // EXPECT: CWE-89
            st.execute(good.get()); // EXPECT: none
          }
        }
        """);
  }

  @Test
  void staticMethodReferencesRunWithTheStreamElements() {
    check(
        """
        class A {
          void h(HttpServletRequest req) {
            List.of(req.getParameter("h")).forEach(A::ping);
            List.of("localhost").forEach(A::trace);
          }
          static void ping(String host) {
            try { Runtime.getRuntime().exec("ping " + host); } catch (IOException e) { } // EXPECT: CWE-78
          }
          static void trace(String host) {
            try { Runtime.getRuntime().exec("tr " + host); } catch (IOException e) { } // EXPECT: none
          }
        }
        """);
  }

  @Test
  void staticFieldsOfAnotherClassKeepTheirOwnTaint() {
    check(
        """
        class A {
          void h(HttpServletRequest req, Statement st) throws Exception {
            Holder.user = req.getParameter("u");
            Holder.mode = "batch";
            st.execute(Holder.mode); // EXPECT: none
            st.execute(Holder.user); // EXPECT: CWE-89
          }
          static final class Holder { static String user = ""; static String mode = ""; }
        }
        """);
  }

  @Test
  void innerClassWritesToTheEnclosingInstanceField() {
    check(
        """
        class A {
          private String target = "select 1";
          private String other = "select 2";
          void h(HttpServletRequest req, Statement st) throws Exception {
            new Recorder().record(req.getParameter("q"));
            st.execute(target); // EXPECT: CWE-89
            st.execute(other); // EXPECT: none
          }
          private final class Recorder {
            void record(String q) { target = q; }
          }
        }
        """);
  }

  @Test
  void theAllocatedImplementationDecidesTheCall() {
    check(
        """
        class A {
          interface Labeler { String label(String s); }
          static final class Echo implements Labeler { public String label(String s) { return s; } }
          static final class Fixed implements Labeler { public String label(String s) { return "v"; } }
          void h(HttpServletRequest req, HttpServletResponse resp, boolean b) {
            Labeler fixed = new Fixed();
            resp.setHeader("X-A", fixed.label(req.getParameter("v"))); // EXPECT: none
            Labeler either = b ? new Fixed() : new Echo();
            resp.setHeader("X-B", either.label(req.getParameter("v"))); // EXPECT: CWE-113
          }
        }
        """);
  }

  @Test
  void aMapLookupWithATaintedKeyYieldsTheValuesNotTheKey() {
    check(
        """
        class A {
          private static final Map<String, String> FILES = Map.of("help", "help.html");
          void h(HttpServletRequest req) throws Exception {
            String name = FILES.getOrDefault(req.getPathInfo(), "index.html");
            new File("/srv/" + name); // EXPECT: none
            new File("/srv/" + req.getPathInfo()); // EXPECT: CWE-22
          }
        }
        """);
  }

  @Test
  void aMapCopyKeepsEntriesUnderTheirKeys() {
    check(
        """
        class A {
          void h(HttpServletRequest req) {
            Map<String, String> form = new HashMap<>();
            form.put("comment", req.getParameter("c"));
            form.put("source", "web");
            Map<String, String> copy = new HashMap<>(form);
            req.getSession().setAttribute("s", copy.get("source")); // EXPECT: none
            req.getSession().setAttribute("c", copy.get("comment")); // EXPECT: CWE-501
          }
        }
        """);
  }

  @Test
  void deserializationIsJudgedAtReadObjectAndAFilterMakesTheStreamSafe() {
    check(
        """
        class A {
          static final boolean FILTERED = false;
          void h(HttpServletRequest req) throws Exception {
            ObjectInputStream in = new ObjectInputStream(req.getInputStream());
            in.readObject(); // EXPECT: CWE-502
            ObjectInputStream safe = new ObjectInputStream(req.getInputStream());
            safe.setObjectInputFilter(ObjectInputFilter.Config.createFilter("java.base/*;!*"));
            safe.readObject(); // EXPECT: none
            ObjectInputStream dead = new ObjectInputStream(req.getInputStream());
            if (FILTERED) {
              dead.setObjectInputFilter(ObjectInputFilter.Config.createFilter("java.base/*;!*"));
            }
            dead.readObject(); // EXPECT: CWE-502
            new ObjectInputStream(new FileInputStream("/srv/x.ser")).readObject(); // EXPECT: none
          }
        }
        """);
  }

  @Test
  void optionalOfAConstantIgnoresTheFallback() {
    check(
        """
        class A {
          void h(HttpServletRequest req) {
            String p = req.getParameter("lang");
            req.getSession().setAttribute("a", Optional.of("en").orElse(p)); // EXPECT: none
            req.getSession().setAttribute("b", Optional.ofNullable(p).orElse("en")); // EXPECT: CWE-501
          }
        }
        """);
  }

  @Test
  void canonicalFileCheckedThroughToPathIsContained() {
    check(
        """
        class A {
          void h(HttpServletRequest req) throws Exception {
            File base = new File("/srv/files").getCanonicalFile();
            File f = new File(base, req.getQueryString()).getCanonicalFile(); // EXPECT: none
            if (!f.toPath().startsWith(base.toPath())) {
              throw new SecurityException("outside");
            }
            new FileInputStream(f); // EXPECT: none
            File g = new File(base, req.getQueryString()).getCanonicalFile(); // EXPECT: none
            new FileInputStream(g); // EXPECT: CWE-22
          }
        }
        """);
  }

  @Test
  void chainedWriterCallsStayResponseOutput() {
    check(
        """
        class A {
          void h(HttpServletRequest req, HttpServletResponse resp) throws Exception {
            resp.getWriter().append("<b>").append(req.getParameter("q")); // EXPECT: CWE-79
            resp.getWriter().append("<b>").append("fixed"); // EXPECT: none
          }
        }
        """);
  }
}
