package corpus.cwe798;

import java.net.PasswordAuthentication;

/** Builds a PasswordAuthentication from a literal password. */
public class PasswordAuthenticationLiteral {
  public void run() throws Exception {
    PasswordAuthentication auth = new PasswordAuthentication("svc", "Winter2024!".toCharArray()); // EXPECT: CWE-798
  }
}
