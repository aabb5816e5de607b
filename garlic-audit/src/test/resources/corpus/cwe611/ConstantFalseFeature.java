package corpus.cwe611;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.parsers.DocumentBuilderFactory;

/** Sets the hardening feature to a constant expression that folds to false. */
public class ConstantFalseFeature {
  public void doPost(HttpServletRequest request, HttpServletResponse response) throws Exception {
    DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
    dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", 1 > 2);
    dbf.newDocumentBuilder().parse(request.getInputStream()); // EXPECT: CWE-611
  }
}
