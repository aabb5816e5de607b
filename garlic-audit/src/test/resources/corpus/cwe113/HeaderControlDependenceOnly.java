package corpus.cwe113;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Safe response header: takes a Spring @PathVariable and chooses between constants by testing the input. */
@RestController
public class HeaderControlDependenceOnly {
  @PostMapping("/header")
  public void handle(@PathVariable("id") String input, HttpServletRequest request, HttpServletResponse response) throws Exception {
    String value = input.isEmpty() ? "empty" : "given";
    response.setHeader("Link", "</next?page=" + value + ">; rel=next"); // EXPECT: none
  }
}
