package corpus.cwe601;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Tainted redirect: takes a Spring @CookieValue and formats the value with String.format. */
@RestController
public class RedirectFormat {
  @PostMapping("/redirect")
  public void handle(@CookieValue("pref") String input, HttpServletRequest request, HttpServletResponse response) throws Exception {
    String value = String.format("%s", input.trim());
    response.sendRedirect(response.encodeRedirectURL(value)); // EXPECT: CWE-601
  }
}
