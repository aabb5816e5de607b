package corpus.cwe502;

import java.io.ObjectInputStream;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Keeps the request stream in a field read by another method. */
public class ThroughField {
  private ObjectInputStream source;

  public void doPost(HttpServletRequest request, HttpServletResponse response) throws Exception {
    this.source = new ObjectInputStream(request.getInputStream());
    Object state = next();
  }

  private Object next() throws Exception {
    return source.readObject(); // EXPECT: CWE-502
  }
}
