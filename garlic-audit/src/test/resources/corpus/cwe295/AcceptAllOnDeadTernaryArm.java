package corpus.cwe295;

import java.net.URI;
import javax.net.ssl.HttpsURLConnection;

/** Keeps the accept-all verifier on the dead arm of a constant ternary. */
public class AcceptAllOnDeadTernaryArm {
  public void run() throws Exception {
    HttpsURLConnection conn = (HttpsURLConnection) URI.create("https://api.example.com").toURL().openConnection();
    conn.setHostnameVerifier((2 < 1) ? (h, s) -> true : HttpsURLConnection.getDefaultHostnameVerifier()); // EXPECT: none
  }
}
