package corpus.cwe295;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/** Leaves checkClientTrusted empty on a client-side manager that checks servers properly. */
public class ClientCheckUnusedOnClient {
  public void run() throws Exception {
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, new TrustManager[] {new ClientSide()}, null);
  }

  static final class ClientSide implements X509TrustManager {
    private static final X509TrustManager DEFAULT = Defaults.trustManager();

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {} // EXPECT: none

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException { DEFAULT.checkServerTrusted(chain, authType); }

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
