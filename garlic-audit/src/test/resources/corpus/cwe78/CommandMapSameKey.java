package corpus.cwe78;

import java.util.HashMap;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Tainted OS command: takes a Spring @PathVariable and reads the input back from a map under the key it was stored with. */
@RestController
public class CommandMapSameKey {
  @PostMapping("/command")
  public void handle(@PathVariable("id") String input, HttpServletRequest request, HttpServletResponse response) throws Exception {
    Map<String, String> params = new HashMap<>();
    params.put("mode", "fixed");
    params.put("user", input);
    String value = params.get("user");
    Runtime.getRuntime().exec("ping -c 1 " + value); // EXPECT: CWE-78
  }
}
