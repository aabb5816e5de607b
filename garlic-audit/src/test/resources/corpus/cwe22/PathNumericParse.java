package corpus.cwe22;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Safe file path: takes a Spring @RequestBody and parses the input as a number. */
@RestController
public class PathNumericParse {
  @PostMapping("/path")
  public void handle(@RequestBody String input, HttpServletRequest request, HttpServletResponse response) throws Exception {
    int number = Integer.parseInt(input);
    String value = String.valueOf(number);
    Files.readString(Path.of("/srv/docs/" + value)); // EXPECT: none
  }
}
