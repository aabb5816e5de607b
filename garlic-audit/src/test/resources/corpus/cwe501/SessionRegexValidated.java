package corpus.cwe501;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Safe session attribute: takes a Spring @RequestHeader and returns unless the input matches a strict pattern. */
@RestController
public class SessionRegexValidated {
  @PostMapping("/session")
  public void handle(@RequestHeader("X-Query") String input, HttpServletRequest request, HttpServletResponse response) throws Exception {
    if (!input.matches("[a-z]{1,16}")) {
      return;
    }
    String value = input;
    HttpSession session = request.getSession();
    session.setAttribute("role", value); // EXPECT: none
  }
}
