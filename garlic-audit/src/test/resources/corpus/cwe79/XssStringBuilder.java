package corpus.cwe79;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Tainted HTML response: takes a Spring @RequestBody and builds the value with a StringBuilder. */
@RestController
public class XssStringBuilder {
  @PostMapping("/xss")
  public void handle(@RequestBody String input, HttpServletRequest request, HttpServletResponse response) throws Exception {
    StringBuilder sb = new StringBuilder();
    sb.append("item-").append(input);
    String value = sb.toString();
    response.getWriter().println("<p>Hello " + value + "</p>"); // EXPECT: CWE-79
  }
}
