package corpus.cwe295;

import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.HttpsURLConnection;

/** Keeps an accept-all verifier lambda in a field and installs it. */
public class VerifierLambdaInField {
  private static final HostnameVerifier ACCEPT_ALL = (host, session) -> true; // EXPECT: CWE-295

  public void run() throws Exception {
    HttpsURLConnection.setDefaultHostnameVerifier(ACCEPT_ALL);
  }
}
