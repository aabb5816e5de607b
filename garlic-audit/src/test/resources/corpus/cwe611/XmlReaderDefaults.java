package corpus.cwe611;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/** Parses request XML with a default XMLReader. */
public class XmlReaderDefaults {
  public void doPost(HttpServletRequest request, HttpServletResponse response) throws Exception {
    XMLReader reader = SAXParserFactory.newInstance().newSAXParser().getXMLReader();
    reader.parse(new InputSource(request.getInputStream())); // EXPECT: CWE-611
  }
}
