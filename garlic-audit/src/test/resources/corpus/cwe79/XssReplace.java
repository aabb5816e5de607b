package corpus.cwe79;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Tainted HTML response: takes a Spring @CookieValue and applies a replace that removes nothing dangerous. */
@RestController
public class XssReplace {
  @PostMapping("/xss")
  public void handle(@CookieValue("pref") String input, HttpServletRequest request, HttpServletResponse response) throws Exception {
    String value = input.replace('+', ' ').toLowerCase();
    response.getWriter().format("<li>%s</li>", value); // EXPECT: CWE-79
  }
}
