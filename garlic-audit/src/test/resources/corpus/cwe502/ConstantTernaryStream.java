package corpus.cwe502;

import java.io.FileInputStream;
import java.io.InputStream;
import java.io.ObjectInputStream;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Chooses the local file over the request body with a constant ternary. */
public class ConstantTernaryStream {
  public void doPost(HttpServletRequest request, HttpServletResponse response) throws Exception {
    InputStream raw = (2 < 1) ? request.getInputStream() : new FileInputStream("/srv/state.ser");
    Object state = new ObjectInputStream(raw).readObject(); // EXPECT: none
  }
}
