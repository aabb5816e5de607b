package corpus.cwe611;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

/** Turns on FEATURE_SECURE_PROCESSING before parsing. */
public class DocumentBuilderSecureProcessing {
  public void doPost(HttpServletRequest request, HttpServletResponse response) throws Exception {
    DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
    dbf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    dbf.newDocumentBuilder().parse(request.getInputStream()); // EXPECT: none
  }
}
