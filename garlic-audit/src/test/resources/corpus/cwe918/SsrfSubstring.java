package corpus.cwe918;

import java.net.URL;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Tainted outgoing request: takes a Spring @CookieValue and keeps a substring of the input. */
@RestController
public class SsrfSubstring {
  @PostMapping("/ssrf")
  public void handle(@CookieValue("pref") String input, HttpServletRequest request, HttpServletResponse response) throws Exception {
    String value = input.substring(input.indexOf(':') + 1);
    new URL("http://" + value + "/status").openConnection().connect(); // EXPECT: CWE-918
  }
}
