package corpus.cwe798;

import java.sql.DriverManager;
import java.util.HashMap;
import java.util.Map;

/** Reads the environment password from a map that holds a literal hint under another key. */
public class PasswordMapOtherKey {
  private static final String URL = "jdbc:postgresql://db.internal/app";

  public void run() throws Exception {
    Map<String, String> credentials = new HashMap<>();
    credentials.put("hint", "hunter2");
    credentials.put("password", System.getenv("APP_PASSWORD"));
    DriverManager.getConnection(URL, "app", credentials.get("password")); // EXPECT: none
  }
}
