package corpus.cwe502;

import java.beans.XMLDecoder;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Decodes the request body with XMLDecoder. */
public class XmlDecoderBody {
  public void doPost(HttpServletRequest request, HttpServletResponse response) throws Exception {
    XMLDecoder decoder = new XMLDecoder(request.getInputStream());
    Object bean = decoder.readObject(); // EXPECT: CWE-502
  }
}
