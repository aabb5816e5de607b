package corpus.cwe295;

import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLSession;

/** Installs a verifier that returns a constant true flag. */
public class VerifierReturnsTrueConstant {
  private static final boolean ACCEPT = true;

  public void run() throws Exception {
    HttpsURLConnection.setDefaultHostnameVerifier(new AllowAll());
  }

  static final class AllowAll implements HostnameVerifier {
    @Override
    public boolean verify(String host, SSLSession session) { return ACCEPT; } // EXPECT: CWE-295
  }
}
