package corpus.cwe611;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.stream.XMLInputFactory;

/** Reads request XML with a default XMLInputFactory. */
public class StaxDefaults {
  public void doPost(HttpServletRequest request, HttpServletResponse response) throws Exception {
    XMLInputFactory xif = XMLInputFactory.newInstance();
    xif.createXMLStreamReader(request.getInputStream()).next(); // EXPECT: CWE-611
  }
}
