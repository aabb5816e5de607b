package corpus.cwe611;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.parsers.DocumentBuilderFactory;

/** Disallows DOCTYPE through a feature name held in a constant. */
public class FeatureNameConstant {
  private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";

  public void doPost(HttpServletRequest request, HttpServletResponse response) throws Exception {
    DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
    dbf.setFeature(DISALLOW_DOCTYPE, true);
    dbf.newDocumentBuilder().parse(request.getInputStream()); // EXPECT: none
  }
}
