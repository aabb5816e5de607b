package corpus.cwe611;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.parsers.DocumentBuilderFactory;

/** Sets the hardening feature to a constant expression that folds to true. */
public class ConstantTrueFeature {
  public void doPost(HttpServletRequest request, HttpServletResponse response) throws Exception {
    DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
    dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", 2 > 1 ? true : false);
    dbf.newDocumentBuilder().parse(request.getInputStream()); // EXPECT: none
  }
}
