package dev.garlic.audit.taint;

import static dev.garlic.audit.taint.TaintFixture.check;

import org.junit.jupiter.api.Test;

/**
 * Defences written the way applications write them: validators in other classes, builders, numbers,
 * fixed redirect targets, paths checked after canonicalisation, host allow-lists.
 */
class TaintDefencesTest {

  @Test
  void projectValidatorCleansItsArgumentOnItsTrueSide() {
    check(
        """
        class A {
          private final Policy policy = new Policy();
          void h(HttpServletRequest req, HttpServletResponse resp) throws Exception {
            String next = req.getParameter("next");
            if (policy.mayRedirectTo(next)) {
              resp.sendRedirect(next); // EXPECT: none
            }
            resp.sendRedirect(next); // EXPECT: CWE-601
          }
        }
        class Policy {
          private final Set<String> hosts = Set.of("a.example");
          boolean mayRedirectTo(String url) {
            return hosts.contains(java.net.URI.create(url).getHost());
          }
        }
        """);
  }

  @Test
  void builderKeepsEachFieldApart() {
    check(
        """
        class A {
          void h(HttpServletRequest req, HttpSession session) {
            String theme = req.getParameter("theme");
            Prefs p = Prefs.builder()
                .theme(Set.of("dark", "light").contains(theme) ? theme : "light")
                .signature(req.getParameter("signature"))
                .build();
            session.setAttribute("theme", p.theme()); // EXPECT: none
            session.setAttribute("signature", p.signature()); // EXPECT: CWE-501
          }
        }
        record Prefs(String theme, String signature) {
          static Builder builder() { return new Builder(); }
          static final class Builder {
            private String theme;
            private String signature;
            Builder theme(String t) { this.theme = t; return this; }
            Builder signature(String s) { this.signature = s; return this; }
            Prefs build() { return new Prefs(theme, signature); }
          }
        }
        """);
  }

  @Test
  void numbersCarryNoInjectedText() {
    check(
        """
        class A {
          void h(HttpServletRequest req, Statement st) throws Exception {
            long id = Long.parseLong(req.getParameter("id"));
            int length = req.getParameter("q").length();
            st.execute("SELECT * FROM t WHERE id = " + id + " LIMIT " + length); // EXPECT: none
            st.execute(query(req.getParameter("q"))); // EXPECT: CWE-89
            st.execute("SELECT " + count(req.getParameter("q"))); // EXPECT: none
          }
          String query(String q) { return "SELECT * FROM t WHERE name = '" + q + "'"; }
          int count(String q) { return q.length(); }
        }
        """);
  }

  @Test
  void redirectsToAFixedSiteAreNotOpen() {
    check(
        """
        class A {
          void h(HttpServletRequest req, HttpServletResponse resp) throws Exception {
            String from = req.getHeader("Referer");
            resp.sendRedirect("/login?from=" + from); // EXPECT: none
            resp.sendRedirect("https://help.example.com/search?q=" + from); // EXPECT: none
            resp.sendRedirect("//" + from); // EXPECT: CWE-601
            String oneLine = from.replaceAll("[\\r\\n]", "");
            resp.setHeader("Location", oneLine); // EXPECT: CWE-601
          }
        }
        """);
  }

  @Test
  void pathsCanonicalisedThenCheckedAreJudgedWhereUsed() {
    check(
        """
        class A {
          void h(HttpServletRequest req, File root) throws Exception {
            File f = new File(root, req.getParameter("f")).getCanonicalFile(); // EXPECT: none
            if (f.getPath().startsWith(root.getCanonicalPath() + File.separator)) {
              new FileInputStream(f); // EXPECT: none
            }
            new FileInputStream(f); // EXPECT: CWE-22
            new File(root, req.getParameter("g")).delete(); // EXPECT: CWE-22
          }
        }
        """);
  }

  @Test
  void requestsAreReportedWhereTheyAreSentAndHostAllowListsCleanThem() {
    check(
        """
        import java.net.URI;
        import java.net.http.HttpClient;
        import java.net.http.HttpRequest;
        import java.net.http.HttpResponse;
        class A {
          private final HttpClient http = HttpClient.newHttpClient();
          void h(HttpServletRequest req) throws Exception {
            URI uri = URI.create(req.getParameter("url")); // EXPECT: none
            if (Set.of("img.example").contains(uri.getHost())) {
              http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()); // EXPECT: none
            }
            http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()); // EXPECT: CWE-918
          }
        }
        """);
  }
}
