package corpus.cwe611;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.XMLConstants;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.stream.StreamSource;

/** Forbids external DTD and stylesheet access on a TransformerFactory. */
public class TransformerNoExternalAccess {
  public void doPost(HttpServletRequest request, HttpServletResponse response) throws Exception {
    TransformerFactory tf = TransformerFactory.newInstance();
    tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
    tf.newTransformer(new StreamSource(request.getInputStream())); // EXPECT: none
  }
}
