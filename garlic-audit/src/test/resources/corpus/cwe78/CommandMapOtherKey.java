package corpus.cwe78;

import java.util.HashMap;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Safe OS command: takes a Spring @RequestParam and stores the input under one key and reads a constant under another. */
@RestController
public class CommandMapOtherKey {
  @PostMapping("/command")
  public void handle(@RequestParam("q") String input, HttpServletRequest request, HttpServletResponse response) throws Exception {
    Map<String, String> params = new HashMap<>();
    params.put("user", input);
    params.put("mode", "fixed");
    String value = params.get("mode");
    ProcessBuilder pb = new ProcessBuilder();
    pb.command("cmd.exe", "/c", "dir " + value).start(); // EXPECT: none
  }
}
