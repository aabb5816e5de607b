package corpus.cwe611;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.stream.StreamSource;

/** Compiles a stylesheet from the request with a default TransformerFactory. */
public class TransformerDefaults {
  public void doPost(HttpServletRequest request, HttpServletResponse response) throws Exception {
    TransformerFactory tf = TransformerFactory.newInstance();
    tf.newTransformer(new StreamSource(request.getInputStream())); // EXPECT: CWE-611
  }
}
