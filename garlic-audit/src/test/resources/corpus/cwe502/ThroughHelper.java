package corpus.cwe502;

import java.io.InputStream;
import java.io.ObjectInputStream;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Hands the request stream to a helper that deserializes it. */
public class ThroughHelper {
  public void doPost(HttpServletRequest request, HttpServletResponse response) throws Exception {
    Object state = restore(request.getInputStream());
  }

  private static Object restore(InputStream raw) throws Exception {
    ObjectInputStream in = new ObjectInputStream(raw);
    return in.readObject(); // EXPECT: CWE-502
  }
}
