package corpus.cwe78;

import java.util.List;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Safe OS command: takes a Spring @RequestBody and parses the input as a number. */
@RestController
public class CommandNumericParse {
  @PostMapping("/command")
  public void handle(@RequestBody String input, HttpServletRequest request, HttpServletResponse response) throws Exception {
    int number = Integer.parseInt(input);
    String value = String.valueOf(number);
    new ProcessBuilder(List.of("bash", "-c", value)).start(); // EXPECT: none
  }
}
