package heldout.fileshare.meta;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Parser switches from fileshare-xml.properties on the class path. */
public final class XmlSettings {

  private final Properties props = new Properties();

  public XmlSettings() {
    try (InputStream in = XmlSettings.class.getResourceAsStream("/fileshare-xml.properties")) {
      if (in != null) {
        props.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public boolean disallowDoctype() {
    return Boolean.parseBoolean(props.getProperty("xml.disallow-doctype", "false"));
  }
}
