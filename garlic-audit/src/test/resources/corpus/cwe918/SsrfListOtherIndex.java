package corpus.cwe918;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Safe outgoing request: takes a Spring @CookieValue and reads a constant element of a list that also holds the input. */
@RestController
public class SsrfListOtherIndex {
  @PostMapping("/ssrf")
  public void handle(@CookieValue("pref") String input, HttpServletRequest request, HttpServletResponse response) throws Exception {
    List<String> parts = new ArrayList<>();
    parts.add("fixed");
    parts.add(input);
    String value = parts.get(0);
    new URL("http://" + value + "/status").openConnection().connect(); // EXPECT: none
  }
}
