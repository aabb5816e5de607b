package corpus.cwe611;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.parsers.DocumentBuilderFactory;

/** Sets the disallow-doctype feature to false. */
public class DoctypeExplicitlyAllowed {
  public void doPost(HttpServletRequest request, HttpServletResponse response) throws Exception {
    DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
    dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
    dbf.newDocumentBuilder().parse(request.getInputStream()); // EXPECT: CWE-611
  }
}
