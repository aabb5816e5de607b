package corpus.cwe502;

import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Sets an allow-list ObjectInputFilter before reading. */
public class FilteredStream {
  public void doPost(HttpServletRequest request, HttpServletResponse response) throws Exception {
    ObjectInputStream in = new ObjectInputStream(request.getInputStream());
    in.setObjectInputFilter(ObjectInputFilter.Config.createFilter("java.base/*;!*"));
    Object state = in.readObject(); // EXPECT: none
  }
}
