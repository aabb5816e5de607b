package corpus.cwe611;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.parsers.DocumentBuilderFactory;

/** Parses with a factory that a helper returns unhardened. */
public class FactoryFromHelper {
  public void doPost(HttpServletRequest request, HttpServletResponse response) throws Exception {
    DocumentBuilderFactory dbf = newFactory();
    dbf.newDocumentBuilder().parse(request.getInputStream()); // EXPECT: CWE-611
  }

  private static DocumentBuilderFactory newFactory() {
    DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
    dbf.setNamespaceAware(true);
    return dbf;
  }
}
