package corpus.cwe502;

import java.io.FileInputStream;
import java.io.InputStream;
import java.io.ObjectInputStream;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Calls the deserializing helper only with a stream from a local file. */
public class HelperCalledWithTrustedStream {
  public void doPost(HttpServletRequest request, HttpServletResponse response) throws Exception {
    Object state = restore(new FileInputStream("/srv/cache/state.ser"));
  }

  private static Object restore(InputStream raw) throws Exception {
    ObjectInputStream in = new ObjectInputStream(raw);
    return in.readObject(); // EXPECT: none
  }
}
