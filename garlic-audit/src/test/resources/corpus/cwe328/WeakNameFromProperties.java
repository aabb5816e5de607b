package corpus.cwe328;

import java.io.InputStream;
import java.security.MessageDigest;
import java.util.Properties;

/** Reads the hash from a properties file that names a weak one, with a strong default. */
public class WeakNameFromProperties {
  public void run() throws Exception {
    Properties props = new Properties();
    try (InputStream in = WeakNameFromProperties.class.getResourceAsStream("/cwe328-legacy.properties")) {
      props.load(in);
    }
    MessageDigest digest = MessageDigest.getInstance(props.getProperty("digest.algorithm", "SHA-256")); // EXPECT: CWE-328
  }
}
