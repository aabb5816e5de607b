package corpus.cwe327;

import java.io.InputStream;
import java.util.Properties;
import javax.crypto.Cipher;

/** Reads the cipher from a properties file that names a weak one, with a strong default. */
public class WeakNameFromProperties {
  public void run() throws Exception {
    Properties props = new Properties();
    try (InputStream in = WeakNameFromProperties.class.getResourceAsStream("/cwe327-legacy.properties")) {
      props.load(in);
    }
    Cipher cipher = Cipher.getInstance(props.getProperty("cipher.transformation", "AES/GCM/NoPadding")); // EXPECT: CWE-327
  }
}
