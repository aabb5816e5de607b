package corpus.cwe295;

import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLSession;

/** Installs a verifier that delegates and logs the outcome. */
public class VerifierChecksPeerHost {
  public void run() throws Exception {
    HttpsURLConnection.setDefaultHostnameVerifier(new Audited());
  }

  static final class Audited implements HostnameVerifier {
    private final HostnameVerifier platform = HttpsURLConnection.getDefaultHostnameVerifier();

    @Override
    public boolean verify(String host, SSLSession session) { boolean ok = platform.verify(host, session); System.getLogger("tls").log(System.Logger.Level.DEBUG, host + " verified: " + ok); return ok; } // EXPECT: none
  }
}
