package dev.garlic.audit.checks;

import org.junit.jupiter.api.Test;

class TlsVerificationCheckTest {

  private final TlsVerificationCheck check = new TlsVerificationCheck();

  @Test
  void reportsTrustAllManagersAndVerifiers() {
    CheckHarness.assertMarkers(
        check,
        """
        package p;
        import java.security.cert.X509Certificate;
        import javax.net.ssl.*;
        import org.apache.http.conn.ssl.NoopHostnameVerifier;
        import org.apache.http.conn.ssl.SSLSocketFactory;
        class T {
          TrustManager[] trustAll = {
            new X509TrustManager() {
              public void checkClientTrusted(X509Certificate[] c, String a) {}
              public void checkServerTrusted(X509Certificate[] c, String a) {} // EXPECT: CWE-295
              public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
            }
          };
          static class AllHosts implements HostnameVerifier {
            public boolean verify(String host, SSLSession session) { // EXPECT: CWE-295
              return true;
            }
          }
          void f(HttpsURLConnection conn, Object builder) {
            conn.setHostnameVerifier((h, s) -> true); // EXPECT: CWE-295
            HttpsURLConnection.setDefaultHostnameVerifier(NoopHostnameVerifier.INSTANCE); // EXPECT: CWE-295
            Object v = SSLSocketFactory.ALLOW_ALL_HOSTNAME_VERIFIER; // EXPECT: CWE-295
            Object n = new NoopHostnameVerifier(); // EXPECT: CWE-295
          }
        }
        """);
  }

  @Test
  void acceptsManagersThatCheckAndVerifiersThatCompare() {
    CheckHarness.assertMarkers(
        check,
        """
        package p;
        import java.security.cert.CertificateException;
        import java.security.cert.X509Certificate;
        import javax.net.ssl.*;
        class T {
          static class Pinning implements X509TrustManager {
            private final X509TrustManager delegate;
            Pinning(X509TrustManager delegate) { this.delegate = delegate; }
            public void checkClientTrusted(X509Certificate[] c, String a) {}
            public void checkServerTrusted(X509Certificate[] c, String a) throws CertificateException { // EXPECT: none
              delegate.checkServerTrusted(c, a);
            }
            public X509Certificate[] getAcceptedIssuers() { return delegate.getAcceptedIssuers(); }
          }
          static class Strict implements X509TrustManager {
            public void checkClientTrusted(X509Certificate[] c, String a) {}
            public void checkServerTrusted(X509Certificate[] c, String a) throws CertificateException { // EXPECT: none
              if (c.length == 0) {
                throw new CertificateException("empty chain");
              }
            }
            public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
          }
          void f(HttpsURLConnection conn) {
            conn.setHostnameVerifier((h, s) -> h.equals("api.example.com")); // EXPECT: none
            java.util.function.BiPredicate<String, String> p = (a, b) -> true; // EXPECT: none
          }
        }
        """);
  }
}
