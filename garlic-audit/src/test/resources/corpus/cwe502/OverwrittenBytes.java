package corpus.cwe502;

import java.io.ByteArrayInputStream;
import java.io.ObjectInputStream;
import java.util.Base64;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Replaces the request bytes with constant bytes before reading. */
public class OverwrittenBytes {
  private static final byte[] DEFAULT_STATE = {(byte) 0xac, (byte) 0xed, 0, 5, 0x74, 0, 1, 0x61};

  public void doPost(HttpServletRequest request, HttpServletResponse response) throws Exception {
    byte[] data = Base64.getDecoder().decode(request.getParameter("state"));
    data = DEFAULT_STATE;
    Object state = new ObjectInputStream(new ByteArrayInputStream(data)).readObject(); // EXPECT: none
  }
}
