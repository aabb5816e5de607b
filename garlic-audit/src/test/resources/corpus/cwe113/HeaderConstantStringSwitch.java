package corpus.cwe113;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Safe response header: takes a Spring @RequestBody and uses an arrow switch on a string literal. */
@RestController
public class HeaderConstantStringSwitch {
  @PostMapping("/header")
  public void handle(@RequestBody String input, HttpServletRequest request, HttpServletResponse response) throws Exception {
    String value;
    switch ("b") {
      case "a" -> value = input;
      default -> value = "fixed";
    }
    response.addHeader("Content-Disposition", "attachment; filename=" + value); // EXPECT: none
  }
}
