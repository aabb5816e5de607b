package corpus.cwe113;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Tainted response header: takes a Spring @CookieValue and keeps a substring of the input. */
@RestController
public class HeaderSubstring {
  @PostMapping("/header")
  public void handle(@CookieValue("pref") String input, HttpServletRequest request, HttpServletResponse response) throws Exception {
    String value = input.substring(input.indexOf(':') + 1);
    response.setHeader("X-Search", value); // EXPECT: CWE-113
  }
}
