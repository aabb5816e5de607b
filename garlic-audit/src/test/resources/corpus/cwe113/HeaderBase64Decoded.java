package corpus.cwe113;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Tainted response header: takes a Spring @RequestHeader and Base64-decodes the input. */
@RestController
public class HeaderBase64Decoded {
  @PostMapping("/header")
  public void handle(@RequestHeader("X-Query") String input, HttpServletRequest request, HttpServletResponse response) throws Exception {
    String value = new String(Base64.getDecoder().decode(input), StandardCharsets.UTF_8);
    response.addHeader("Content-Disposition", "attachment; filename=" + value); // EXPECT: CWE-113
  }
}
