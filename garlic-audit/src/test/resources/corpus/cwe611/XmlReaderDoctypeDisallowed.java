package corpus.cwe611;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/** Disallows DOCTYPE declarations on an XMLReader. */
public class XmlReaderDoctypeDisallowed {
  public void doPost(HttpServletRequest request, HttpServletResponse response) throws Exception {
    XMLReader reader = SAXParserFactory.newInstance().newSAXParser().getXMLReader();
    reader.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    reader.parse(new InputSource(request.getInputStream())); // EXPECT: none
  }
}
