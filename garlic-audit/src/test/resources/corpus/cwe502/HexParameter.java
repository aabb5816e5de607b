package corpus.cwe502;

import java.io.ByteArrayInputStream;
import java.io.ObjectInputStream;
import java.util.HexFormat;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Deserializes bytes decoded from a hex request parameter. */
public class HexParameter {
  public void doPost(HttpServletRequest request, HttpServletResponse response) throws Exception {
    byte[] data = HexFormat.of().parseHex(request.getParameter("state"));
    Object state = new ObjectInputStream(new ByteArrayInputStream(data)).readObject(); // EXPECT: CWE-502
  }
}
