package corpus.cwe79;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Safe HTML response: takes a Spring @RequestParam and switches on a constant whose taken case is a constant. */
@RestController
public class XssConstantSwitch {
  private static final int MODE = 2;

  @PostMapping("/xss")
  public void handle(@RequestParam("q") String input, HttpServletRequest request, HttpServletResponse response) throws Exception {
    String value;
    switch (MODE) {
      case 1:
        value = input;
        break;
      default:
        value = "fixed";
    }
    response.getWriter().format("<li>%s</li>", value); // EXPECT: none
  }
}
