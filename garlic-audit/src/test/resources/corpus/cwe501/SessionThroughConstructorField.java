package corpus.cwe501;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Tainted session attribute: takes a Spring @RequestHeader and stores the input in a field through a constructor. */
@RestController
public class SessionThroughConstructorField {
  @PostMapping("/session")
  public void handle(@RequestHeader("X-Query") String input, HttpServletRequest request, HttpServletResponse response) throws Exception {
    Holder holder = new Holder(input);
    String value = holder.value();
    request.getSession().setAttribute("user", value); // EXPECT: CWE-501
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
