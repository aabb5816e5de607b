package corpus.cwe611;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.helpers.DefaultHandler;

/** Disallows DOCTYPE declarations on a SAXParserFactory. */
public class SaxParserDoctypeDisallowed {
  public void doPost(HttpServletRequest request, HttpServletResponse response) throws Exception {
    SAXParserFactory spf = SAXParserFactory.newInstance();
    spf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    spf.newSAXParser().parse(request.getInputStream(), new DefaultHandler()); // EXPECT: none
  }
}
