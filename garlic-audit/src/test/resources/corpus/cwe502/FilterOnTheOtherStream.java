package corpus.cwe502;

import java.io.FileInputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Filters one stream and reads from another. */
public class FilterOnTheOtherStream {
  public void doPost(HttpServletRequest request, HttpServletResponse response) throws Exception {
    ObjectInputStream defaults = new ObjectInputStream(new FileInputStream("/srv/defaults.ser"));
    defaults.setObjectInputFilter(ObjectInputFilter.Config.createFilter("java.base/*;!*"));
    ObjectInputStream in = new ObjectInputStream(request.getInputStream());
    Object state = in.readObject(); // EXPECT: CWE-502
  }
}
