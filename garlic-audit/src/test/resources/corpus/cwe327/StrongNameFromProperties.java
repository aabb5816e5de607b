package corpus.cwe327;

import java.io.InputStream;
import java.util.Properties;
import javax.crypto.Cipher;

/** Reads the cipher from a properties file that names a strong one, with a weak default. */
public class StrongNameFromProperties {
  public void run() throws Exception {
    Properties props = new Properties();
    try (InputStream in = StrongNameFromProperties.class.getResourceAsStream("/cwe327-modern.properties")) {
      props.load(in);
    }
    Cipher cipher = Cipher.getInstance(props.getProperty("cipher.transformation", "DES/CBC/PKCS5Padding")); // EXPECT: none
  }
}
