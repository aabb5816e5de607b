package corpus.cwe502;

import java.io.ObjectInputStream;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Deserializes defaults shipped on the class path. */
public class ClassPathResource {
  public void doPost(HttpServletRequest request, HttpServletResponse response) throws Exception {
    ObjectInputStream in = new ObjectInputStream(ClassPathResource.class.getResourceAsStream("/defaults.ser"));
    Object state = in.readObject(); // EXPECT: none
  }
}
