package corpus.cwe601;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Safe redirect: takes a Spring @RequestParam and overwrites the input with a constant before the sink. */
@RestController
public class RedirectOverwritten {
  @PostMapping("/redirect")
  public void handle(@RequestParam("q") String input, HttpServletRequest request, HttpServletResponse response) throws Exception {
    String value = input;
    value = "fixed";
    response.sendRedirect(response.encodeRedirectURL(value)); // EXPECT: none
  }
}
