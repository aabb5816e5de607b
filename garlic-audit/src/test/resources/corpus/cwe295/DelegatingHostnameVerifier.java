package corpus.cwe295;

import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.HttpsURLConnection;

/** Installs a verifier that delegates to the default one. */
public class DelegatingHostnameVerifier {
  public void run() throws Exception {
    HostnameVerifier platform = HttpsURLConnection.getDefaultHostnameVerifier();
    HttpsURLConnection.setDefaultHostnameVerifier((host, session) -> platform.verify(host, session)); // EXPECT: none
  }
}
