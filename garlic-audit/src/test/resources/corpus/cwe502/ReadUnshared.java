package corpus.cwe502;

import java.io.ObjectInputStream;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Reads an unshared object from the request body. */
public class ReadUnshared {
  public void doPost(HttpServletRequest request, HttpServletResponse response) throws Exception {
    ObjectInputStream in = new ObjectInputStream(request.getInputStream());
    Object state = in.readUnshared(); // EXPECT: CWE-502
  }
}
