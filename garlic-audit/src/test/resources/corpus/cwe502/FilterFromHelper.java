package corpus.cwe502;

import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Reads through a stream that a helper returns already filtered. */
public class FilterFromHelper {
  public void doPost(HttpServletRequest request, HttpServletResponse response) throws Exception {
    ObjectInputStream in = filtered(request.getInputStream());
    Object state = in.readObject(); // EXPECT: none
  }

  private static ObjectInputStream filtered(InputStream raw) throws Exception {
    ObjectInputStream in = new ObjectInputStream(raw);
    in.setObjectInputFilter(ObjectInputFilter.Config.createFilter("java.base/*;!*"));
    return in;
  }
}
