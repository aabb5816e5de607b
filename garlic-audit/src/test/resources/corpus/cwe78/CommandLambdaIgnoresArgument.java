package corpus.cwe78;

import java.util.function.Function;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Safe OS command: takes a Spring @CookieValue and passes the input to a lambda that ignores it. */
@RestController
public class CommandLambdaIgnoresArgument {
  @PostMapping("/command")
  public void handle(@CookieValue("pref") String input, HttpServletRequest request, HttpServletResponse response) throws Exception {
    Function<String, String> pick = s -> "fixed";
    String value = pick.apply(input);
    Runtime.getRuntime().exec(new String[] {"/bin/sh", "-c", "grep " + value + " /var/log/app.log"}); // EXPECT: none
  }
}
