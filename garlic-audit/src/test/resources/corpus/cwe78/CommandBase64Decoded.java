package corpus.cwe78;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Tainted OS command: takes a Spring @CookieValue and Base64-decodes the input. */
@RestController
public class CommandBase64Decoded {
  @PostMapping("/command")
  public void handle(@CookieValue("pref") String input, HttpServletRequest request, HttpServletResponse response) throws Exception {
    String value = new String(Base64.getDecoder().decode(input), StandardCharsets.UTF_8);
    Runtime.getRuntime().exec(new String[] {"/bin/sh", "-c", "grep " + value + " /var/log/app.log"}); // EXPECT: CWE-78
  }
}
