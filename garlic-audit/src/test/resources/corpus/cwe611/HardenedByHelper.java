package corpus.cwe611;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.parsers.DocumentBuilderFactory;

/** Parses with a factory that a helper hardens. */
public class HardenedByHelper {
  public void doPost(HttpServletRequest request, HttpServletResponse response) throws Exception {
    DocumentBuilderFactory dbf = hardenedFactory();
    dbf.newDocumentBuilder().parse(request.getInputStream()); // EXPECT: none
  }

  private static DocumentBuilderFactory hardenedFactory() throws Exception {
    DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
    dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return dbf;
  }
}
