package corpus.cwe601;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Tainted redirect: takes a Spring @RequestBody and passes the input through two helpers of a nested utility class. */
@RestController
public class RedirectThroughNestedHelpers {
  @PostMapping("/redirect")
  public void handle(@RequestBody String input, HttpServletRequest request, HttpServletResponse response) throws Exception {
    String value = Texts.quote(Texts.upper(input));
    response.sendRedirect(value); // EXPECT: CWE-601
  }

  static final class Texts {
    private Texts() {}

    static String upper(String s) {
      return s.toUpperCase(java.util.Locale.ROOT);
    }

    static String quote(String s) {
      return "'" + s + "'";
    }
  }
}
