package corpus.cwe502;

import java.io.ByteArrayInputStream;
import java.io.ObjectInputStream;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Deserializes a constant byte array. */
public class ConstantBytes {
  private static final byte[] DEFAULT_STATE = {(byte) 0xac, (byte) 0xed, 0, 5, 0x74, 0, 1, 0x61};

  public void doPost(HttpServletRequest request, HttpServletResponse response) throws Exception {
    Object state = new ObjectInputStream(new ByteArrayInputStream(DEFAULT_STATE)).readObject(); // EXPECT: none
  }
}
