package corpus.cwe611;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.parsers.DocumentBuilderFactory;

/** Hardens one factory and parses with another. */
public class HardensTheOtherFactory {
  public void doPost(HttpServletRequest request, HttpServletResponse response) throws Exception {
    DocumentBuilderFactory safe = DocumentBuilderFactory.newInstance();
    safe.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
    dbf.newDocumentBuilder().parse(request.getInputStream()); // EXPECT: CWE-611
  }
}
