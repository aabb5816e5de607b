package corpus.cwe611;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.stream.XMLInputFactory;

/** Turns DTD support on explicitly. */
public class StaxDtdSupportOn {
  public void doPost(HttpServletRequest request, HttpServletResponse response) throws Exception {
    XMLInputFactory xif = XMLInputFactory.newInstance();
    xif.setProperty(XMLInputFactory.SUPPORT_DTD, true);
    xif.createXMLEventReader(request.getInputStream()).nextEvent(); // EXPECT: CWE-611
  }
}
