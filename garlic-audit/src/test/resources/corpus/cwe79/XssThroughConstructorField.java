package corpus.cwe79;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Tainted HTML response: takes a Spring @RequestHeader and stores the input in a field through a constructor. */
@RestController
public class XssThroughConstructorField {
  @PostMapping("/xss")
  public void handle(@RequestHeader("X-Query") String input, HttpServletRequest request, HttpServletResponse response) throws Exception {
    Holder holder = new Holder(input);
    String value = holder.value();
    response.getWriter().printf("<div>%s</div>", value); // EXPECT: CWE-79
  }

  private static final class Holder {
    private final String value;

    Holder(String value) {
      this.value = value;
    }

    String value() {
      return value;
    }
  }
}
