package corpus.cwe78;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Tainted OS command: takes the request body and URL-decodes the input. */
public class CommandUrlDecoded {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getReader().readLine();
    String value = URLDecoder.decode(input, StandardCharsets.UTF_8);
    new ProcessBuilder("sh", "-c", "ls /srv/" + value).start(); // EXPECT: CWE-78
  }
}
