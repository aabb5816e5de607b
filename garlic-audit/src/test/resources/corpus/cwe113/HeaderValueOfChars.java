package corpus.cwe113;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Tainted response header: takes a Spring @RequestBody and copies the input through String.valueOf(char[]). */
@RestController
public class HeaderValueOfChars {
  @PostMapping("/header")
  public void handle(@RequestBody String input, HttpServletRequest request, HttpServletResponse response) throws Exception {
    String value = String.valueOf(input.toCharArray());
    response.setHeader("Link", "</next?page=" + value + ">; rel=next"); // EXPECT: CWE-113
  }
}
