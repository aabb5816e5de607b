package corpus.cwe295;

import java.net.URI;
import javax.net.ssl.HttpsURLConnection;

/** Accepts every host on one connection. */
public class ConnectionHostnameVerifier {
  public void run() throws Exception {
    HttpsURLConnection conn = (HttpsURLConnection) URI.create("https://api.example.com").toURL().openConnection();
    conn.setHostnameVerifier((h, s) -> true); // EXPECT: CWE-295
  }
}
