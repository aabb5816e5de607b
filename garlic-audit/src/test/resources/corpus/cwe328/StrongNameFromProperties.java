package corpus.cwe328;

import java.io.InputStream;
import java.security.MessageDigest;
import java.util.Properties;

/** Reads the hash from a properties file that names a strong one, with a weak default. */
public class StrongNameFromProperties {
  public void run() throws Exception {
    Properties props = new Properties();
    try (InputStream in = StrongNameFromProperties.class.getResourceAsStream("/cwe328-modern.properties")) {
      props.load(in);
    }
    MessageDigest digest = MessageDigest.getInstance(props.getProperty("digest.algorithm", "MD5")); // EXPECT: none
  }
}
