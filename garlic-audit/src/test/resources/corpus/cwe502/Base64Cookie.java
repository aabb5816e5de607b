package corpus.cwe502;

import java.io.ByteArrayInputStream;
import java.io.ObjectInputStream;
import java.util.Base64;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Deserializes a Base64-encoded cookie. */
public class Base64Cookie {
  public void doPost(HttpServletRequest request, HttpServletResponse response) throws Exception {
    byte[] data = Base64.getDecoder().decode(request.getCookies()[0].getValue());
    Object state = new ObjectInputStream(new ByteArrayInputStream(data)).readObject(); // EXPECT: CWE-502
  }
}
