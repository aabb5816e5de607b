package corpus.cwe22;

import java.io.File;
import java.util.function.Function;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Safe file path: takes a Spring @CookieValue and passes the input to a lambda that ignores it. */
@RestController
public class PathLambdaIgnoresArgument {
  @PostMapping("/path")
  public void handle(@CookieValue("pref") String input, HttpServletRequest request, HttpServletResponse response) throws Exception {
    Function<String, String> pick = s -> "fixed";
    String value = pick.apply(input);
    new File("/srv/uploads/" + value).delete(); // EXPECT: none
  }
}
