package corpus.cwe295;

import javax.net.ssl.HttpsURLConnection;

/** Installs a default host name verifier that accepts every host. */
public class HostnameVerifierLambda {
  public void run() throws Exception {
    HttpsURLConnection.setDefaultHostnameVerifier((host, session) -> true); // EXPECT: CWE-295
  }
}
