package corpus.cwe295;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/** Delegates to the default trust manager but swallows its failure. */
public class TrustManagerSwallowsFailure {
  public void run() throws Exception {
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, new TrustManager[] {new Lenient()}, null);
  }

  static final class Lenient implements X509TrustManager {
    private static final X509TrustManager DEFAULT = Defaults.trustManager();

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) { try { DEFAULT.checkServerTrusted(chain, authType); } catch (CertificateException ignored) { } } // EXPECT: CWE-295

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }

  static final class Defaults {
    private Defaults() {}

    static X509TrustManager trustManager() {
      try {
        javax.net.ssl.TrustManagerFactory factory =
            javax.net.ssl.TrustManagerFactory.getInstance(javax.net.ssl.TrustManagerFactory.getDefaultAlgorithm());
        factory.init((java.security.KeyStore) null);
        return (X509TrustManager) factory.getTrustManagers()[0];
      } catch (java.security.GeneralSecurityException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
