package corpus.cwe79;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Safe HTML response: takes a Spring @PathVariable and stores a constant in the field whatever the constructor receives. */
@RestController
public class XssFieldOverwrittenInConstructor {
  @PostMapping("/xss")
  public void handle(@PathVariable("id") String input, HttpServletRequest request, HttpServletResponse response) throws Exception {
    Holder holder = new Holder(input);
    String value = holder.value();
    response.getWriter().println("<p>Hello " + value + "</p>"); // EXPECT: none
  }

  private static final class Holder {
    private final String value;

    Holder(String ignored) {
      this.value = "fixed";
    }

    String value() {
      return value;
    }
  }
}
