package corpus.cwe501;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Safe session attribute: takes a Spring @CookieValue and parses the input as a number. */
@RestController
public class SessionNumericParse {
  @PostMapping("/session")
  public void handle(@CookieValue("pref") String input, HttpServletRequest request, HttpServletResponse response) throws Exception {
    int number = Integer.parseInt(input);
    String value = String.valueOf(number);
    request.getSession(true).putValue("lastSearch", value); // EXPECT: none
  }
}
