package corpus.cwe22;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Tainted file path: takes a Spring @RequestHeader and wraps the input in a lambda. */
@RestController
public class PathThroughLambda {
  @PostMapping("/path")
  public void handle(@RequestHeader("X-Query") String input, HttpServletRequest request, HttpServletResponse response) throws Exception {
    Function<String, String> wrap = s -> "[" + s + "]";
    String value = wrap.apply(input);
    Files.readString(Path.of("/srv/docs/" + value)); // EXPECT: CWE-22
  }
}
