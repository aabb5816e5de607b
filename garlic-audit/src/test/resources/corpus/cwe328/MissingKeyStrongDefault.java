package corpus.cwe328;

import java.io.InputStream;
import java.security.MessageDigest;
import java.util.Properties;

/** Reads a key the properties file does not have, so the strong default applies. */
public class MissingKeyStrongDefault {
  public void run() throws Exception {
    Properties props = new Properties();
    try (InputStream in = MissingKeyStrongDefault.class.getResourceAsStream("/cwe328-legacy.properties")) {
      props.load(in);
    }
    MessageDigest digest = MessageDigest.getInstance(props.getProperty("digest.algorithm.v2", "SHA-256")); // EXPECT: none
  }
}
