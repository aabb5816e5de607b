package corpus.cwe918;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Tainted outgoing request: takes a Spring @RequestHeader and Base64-decodes the input. */
@RestController
public class SsrfBase64Decoded {
  @PostMapping("/ssrf")
  public void handle(@RequestHeader("X-Query") String input, HttpServletRequest request, HttpServletResponse response) throws Exception {
    String value = new String(Base64.getDecoder().decode(input), StandardCharsets.UTF_8);
    new URL(value).openStream().close(); // EXPECT: CWE-918
  }
}
