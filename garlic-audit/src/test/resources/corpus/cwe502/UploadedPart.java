package corpus.cwe502;

import java.io.ObjectInputStream;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Deserializes an uploaded multipart file. */
public class UploadedPart {
  public void doPost(HttpServletRequest request, HttpServletResponse response) throws Exception {
    ObjectInputStream in = new ObjectInputStream(request.getPart("file").getInputStream());
    Object state = in.readObject(); // EXPECT: CWE-502
  }
}
