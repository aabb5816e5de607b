package corpus.cwe295;

import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLSession;

/** Installs a verifier whose accept-all switch is a static final false flag and otherwise delegates. */
public class VerifierFlagFalse {
  private static final boolean ACCEPT_ALL = false;

  public void run() throws Exception {
    HttpsURLConnection.setDefaultHostnameVerifier(new Switchable());
  }

  static final class Switchable implements HostnameVerifier {
    @Override
    public boolean verify(String host, SSLSession session) { return ACCEPT_ALL || HttpsURLConnection.getDefaultHostnameVerifier().verify(host, session); } // EXPECT: none
  }
}
