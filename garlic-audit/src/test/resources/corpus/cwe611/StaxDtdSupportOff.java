package corpus.cwe611;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.stream.XMLInputFactory;

/** Turns DTD support off on an XMLInputFactory. */
public class StaxDtdSupportOff {
  public void doPost(HttpServletRequest request, HttpServletResponse response) throws Exception {
    XMLInputFactory xif = XMLInputFactory.newInstance();
    xif.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    xif.createXMLStreamReader(request.getInputStream()).next(); // EXPECT: none
  }
}
