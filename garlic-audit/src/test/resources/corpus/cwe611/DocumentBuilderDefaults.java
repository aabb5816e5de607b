package corpus.cwe611;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.parsers.DocumentBuilderFactory;

/** Parses request XML with a default DocumentBuilderFactory. */
public class DocumentBuilderDefaults {
  public void doPost(HttpServletRequest request, HttpServletResponse response) throws Exception {
    DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
    dbf.newDocumentBuilder().parse(request.getInputStream()); // EXPECT: CWE-611
  }
}
