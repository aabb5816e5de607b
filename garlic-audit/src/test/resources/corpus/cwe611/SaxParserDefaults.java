package corpus.cwe611;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.helpers.DefaultHandler;

/** Parses request XML with a default SAXParserFactory. */
public class SaxParserDefaults {
  public void doPost(HttpServletRequest request, HttpServletResponse response) throws Exception {
    SAXParserFactory spf = SAXParserFactory.newInstance();
    spf.newSAXParser().parse(request.getInputStream(), new DefaultHandler()); // EXPECT: CWE-611
  }
}
