package corpus.cwe798;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;

/** Connects with a password that a helper reads from a mounted secret. */
public class PasswordFromHelperReadingSecretFile {
  private static final String URL = "jdbc:postgresql://db.internal/app";

  public void run() throws Exception {
    DriverManager.getConnection(URL, "app", dbPassword()); // EXPECT: none
  }

  private static String dbPassword() throws java.io.IOException {
    return Files.readString(Path.of("/run/secrets/db-password")).strip();
  }
}
