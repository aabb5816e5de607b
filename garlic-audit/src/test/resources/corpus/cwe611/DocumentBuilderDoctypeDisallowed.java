package corpus.cwe611;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.parsers.DocumentBuilderFactory;

/** Disallows DOCTYPE declarations before parsing. */
public class DocumentBuilderDoctypeDisallowed {
  public void doPost(HttpServletRequest request, HttpServletResponse response) throws Exception {
    DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
    dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    dbf.newDocumentBuilder().parse(request.getInputStream()); // EXPECT: none
  }
}
