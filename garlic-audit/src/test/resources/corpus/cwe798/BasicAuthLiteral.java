package corpus.cwe798;

import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Sends a literal user:password pair in a Basic authorization header. */
public class BasicAuthLiteral {
  public void run() throws Exception {
    HttpURLConnection conn = (HttpURLConnection) URI.create("https://api.example.com/v1").toURL().openConnection();
    conn.setRequestProperty("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:Adm1n!".getBytes(StandardCharsets.UTF_8))); // EXPECT: CWE-798
  }
}
