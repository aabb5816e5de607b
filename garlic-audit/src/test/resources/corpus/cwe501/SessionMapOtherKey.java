package corpus.cwe501;

import java.util.HashMap;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Safe session attribute: takes a Spring @RequestBody and stores the input under one key and reads a constant under another. */
@RestController
public class SessionMapOtherKey {
  @PostMapping("/session")
  public void handle(@RequestBody String input, HttpServletRequest request, HttpServletResponse response) throws Exception {
    Map<String, String> params = new HashMap<>();
    params.put("user", input);
    params.put("mode", "fixed");
    String value = params.get("mode");
    request.getSession().setAttribute("user", value); // EXPECT: none
  }
}
