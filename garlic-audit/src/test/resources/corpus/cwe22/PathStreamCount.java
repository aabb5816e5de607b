package corpus.cwe22;

import java.io.RandomAccessFile;
import java.util.stream.Stream;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Safe file path: takes a Spring @RequestHeader and keeps only the count of a stream over the input. */
@RestController
public class PathStreamCount {
  @PostMapping("/path")
  public void handle(@RequestHeader("X-Query") String input, HttpServletRequest request, HttpServletResponse response) throws Exception {
    long count = Stream.of(input.split(",")).count();
    String value = "items-" + count;
    new RandomAccessFile("/srv/db/" + value, "r").close(); // EXPECT: none
  }
}
