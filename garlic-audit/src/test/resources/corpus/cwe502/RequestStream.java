package corpus.cwe502;

import java.io.ObjectInputStream;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Deserializes the request body. */
public class RequestStream {
  public void doPost(HttpServletRequest request, HttpServletResponse response) throws Exception {
    ObjectInputStream in = new ObjectInputStream(request.getInputStream());
    Object state = in.readObject(); // EXPECT: CWE-502
  }
}
