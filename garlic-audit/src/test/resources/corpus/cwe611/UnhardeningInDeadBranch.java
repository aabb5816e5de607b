package corpus.cwe611;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.parsers.DocumentBuilderFactory;

/** Would turn hardening off only when a static final false flag is set. */
public class UnhardeningInDeadBranch {
  private static final boolean LENIENT = false;

  public void doPost(HttpServletRequest request, HttpServletResponse response) throws Exception {
    DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
    dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    if (LENIENT) {
      dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
    }
    dbf.newDocumentBuilder().parse(request.getInputStream()); // EXPECT: none
  }
}
