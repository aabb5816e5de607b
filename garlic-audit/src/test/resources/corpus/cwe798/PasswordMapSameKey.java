package corpus.cwe798;

import java.sql.DriverManager;
import java.util.HashMap;
import java.util.Map;

/** Connects with a literal password read back from a map under its own key. */
public class PasswordMapSameKey {
  private static final String URL = "jdbc:postgresql://db.internal/app";

  public void run() throws Exception {
    Map<String, String> credentials = new HashMap<>();
    credentials.put("password", "hunter2-prod");
    DriverManager.getConnection(URL, "app", credentials.get("password")); // EXPECT: CWE-798
  }
}
