package corpus.cwe327;

import java.io.InputStream;
import java.util.Properties;
import javax.crypto.Cipher;

/** Reads a key the properties file does not have, so the strong default applies. */
public class MissingKeyStrongDefault {
  public void run() throws Exception {
    Properties props = new Properties();
    try (InputStream in = MissingKeyStrongDefault.class.getResourceAsStream("/cwe327-legacy.properties")) {
      props.load(in);
    }
    Cipher cipher = Cipher.getInstance(props.getProperty("cipher.transformation.v2", "AES/GCM/NoPadding")); // EXPECT: none
  }
}
