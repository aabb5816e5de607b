package corpus.cwe22;

import java.io.RandomAccessFile;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Tainted file path: takes a Spring @RequestParam and accumulates the input in an inner class. */
@RestController
public class PathThroughInnerClass {
  @PostMapping("/path")
  public void handle(@RequestParam("q") String input, HttpServletRequest request, HttpServletResponse response) throws Exception {
    Accumulator accumulator = new Accumulator();
    accumulator.add(input);
    String value = accumulator.text();
    new RandomAccessFile("/srv/db/" + value, "r").close(); // EXPECT: CWE-22
  }

  private final class Accumulator {
    private final StringBuilder text = new StringBuilder();

    void add(String part) {
      text.append(part);
    }

    String text() {
      return text.toString();
    }
  }
}
