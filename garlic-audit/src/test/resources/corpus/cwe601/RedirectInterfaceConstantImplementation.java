package corpus.cwe601;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Safe redirect: takes a Spring @RequestHeader and passes the input to the only implementation of an interface, which returns a constant. */
@RestController
public class RedirectInterfaceConstantImplementation {
  @PostMapping("/redirect")
  public void handle(@RequestHeader("X-Query") String input, HttpServletRequest request, HttpServletResponse response) throws Exception {
    Transformer transformer = new Fixed();
    String value = transformer.apply(input);
    response.sendRedirect("https://" + value + "/welcome"); // EXPECT: none
  }

  interface Transformer {
    String apply(String s);
  }

  static final class Fixed implements Transformer {
    @Override
    public String apply(String s) {
      return "fixed";
    }
  }
}
