package corpus.cwe798;

/** Mentions the word password only in an error message. */
public class PasswordWordInMessage {
  public void run() throws Exception {
    throw new IllegalArgumentException("password must be at least 12 characters"); // EXPECT: none
  }
}
