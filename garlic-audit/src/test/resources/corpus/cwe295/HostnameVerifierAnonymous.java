package corpus.cwe295;

import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLSession;

/** Installs an anonymous host name verifier that accepts every host. */
public class HostnameVerifierAnonymous {
  public void run() throws Exception {
    HttpsURLConnection.setDefaultHostnameVerifier(
        new HostnameVerifier() {
          @Override
          public boolean verify(String host, SSLSession session) { return true; } // EXPECT: CWE-295
        });
  }
}
