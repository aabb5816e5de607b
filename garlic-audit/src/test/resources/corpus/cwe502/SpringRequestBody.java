package corpus.cwe502;

import java.io.ByteArrayInputStream;
import java.io.ObjectInputStream;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Deserializes the bytes of a Spring @RequestBody. */
@RestController
public class SpringRequestBody {
  @PostMapping("/state")
  public void restore(@RequestBody byte[] body, HttpServletRequest request, HttpServletResponse response) throws Exception {
    Object state = new ObjectInputStream(new ByteArrayInputStream(body)).readObject(); // EXPECT: CWE-502
  }
}
