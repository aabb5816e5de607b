package corpus.cwe502;

import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Sets a class filter only when a static final false flag is set. */
public class FilterInDeadBranch {
  private static final boolean FILTERED = false;

  public void doPost(HttpServletRequest request, HttpServletResponse response) throws Exception {
    ObjectInputStream in = new ObjectInputStream(request.getInputStream());
    if (FILTERED) {
      in.setObjectInputFilter(ObjectInputFilter.Config.createFilter("java.base/*;!*"));
    }
    Object state = in.readObject(); // EXPECT: CWE-502
  }
}
