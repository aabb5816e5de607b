package corpus.cwe611;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.stream.XMLInputFactory;

/** Turns external entity support off on an XMLInputFactory. */
public class StaxExternalEntitiesOff {
  public void doPost(HttpServletRequest request, HttpServletResponse response) throws Exception {
    XMLInputFactory xif = XMLInputFactory.newInstance();
    xif.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    xif.createXMLEventReader(request.getInputStream()).nextEvent(); // EXPECT: none
  }
}
