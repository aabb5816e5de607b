package corpus.cwe501;

import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Tainted session attribute: takes a Spring @PathVariable and maps the input through a stream. */
@RestController
public class SessionThroughStream {
  @PostMapping("/session")
  public void handle(@PathVariable("id") String input, HttpServletRequest request, HttpServletResponse response) throws Exception {
    String value = Stream.of(input.split(";")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.joining(","));
    request.getSession(true).putValue("lastSearch", value); // EXPECT: CWE-501
  }
}
