package corpus.cwe611;

import java.io.InputStream;
import java.util.Properties;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.parsers.DocumentBuilderFactory;

/** Reads the hardening switch from a properties file that turns it off. */
public class PropertyDisablesHardening {
  public void doPost(HttpServletRequest request, HttpServletResponse response) throws Exception {
    DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
    Properties props = new Properties();
    try (InputStream in = PropertyDisablesHardening.class.getResourceAsStream("/cwe611-parser-lenient.properties")) {
      props.load(in);
    }
    dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", Boolean.parseBoolean(props.getProperty("xml.disallowDoctype", "true")));
    dbf.newDocumentBuilder().parse(request.getInputStream()); // EXPECT: CWE-611
  }
}
