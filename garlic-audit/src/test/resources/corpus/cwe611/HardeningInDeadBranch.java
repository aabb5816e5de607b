package corpus.cwe611;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.parsers.DocumentBuilderFactory;

/** Hardens the factory only when a static final false flag is set. */
public class HardeningInDeadBranch {
  private static final boolean HARDENED = false;

  public void doPost(HttpServletRequest request, HttpServletResponse response) throws Exception {
    DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
    if (HARDENED) {
      dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    }
    dbf.newDocumentBuilder().parse(request.getInputStream()); // EXPECT: CWE-611
  }
}
