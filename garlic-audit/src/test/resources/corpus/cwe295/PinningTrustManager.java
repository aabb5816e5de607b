package corpus.cwe295;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/** Installs a trust manager that rejects every chain but the pinned one. */
public class PinningTrustManager {
  public void run() throws Exception {
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, new TrustManager[] {new Pinning()}, null);
  }

  static final class Pinning implements X509TrustManager {
    private static final String PINNED = "4f2a19c0de";

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException { if (chain.length == 0 || !PINNED.equals(chain[0].getSerialNumber().toString(16))) { throw new CertificateException("server certificate is not the pinned one"); } } // EXPECT: none

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}
