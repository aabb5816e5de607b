package corpus.cwe502;

import java.io.FileInputStream;
import java.io.InputStream;
import java.io.ObjectInputStream;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Reads the request body only when a static final false flag is set. */
public class RequestOnlyInDeadBranch {
  private static final boolean REMOTE = false;

  public void doPost(HttpServletRequest request, HttpServletResponse response) throws Exception {
    InputStream raw = new FileInputStream("/srv/state.ser");
    if (REMOTE) {
      raw = request.getInputStream();
    }
    Object state = new ObjectInputStream(raw).readObject(); // EXPECT: none
  }
}
