package corpus.cwe295;

import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/** Installs a trust manager that only logs the server chain. */
public class TrustManagerOnlyLogs {
  public void run() throws Exception {
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, new TrustManager[] {new Logging()}, null);
  }

  static final class Logging implements X509TrustManager {
    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) { System.getLogger("tls").log(System.Logger.Level.INFO, "server chain of " + chain.length); } // EXPECT: CWE-295

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}
