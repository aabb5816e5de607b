package corpus.cwe918;

import java.net.URL;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Tainted outgoing request: takes a header enumeration and maps the input through a stream. */
public class SsrfThroughStream {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getHeaders("X-Query").nextElement();
    String value = Stream.of(input.split(";")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.joining(","));
    new URL("http://" + value + "/status").openConnection().connect(); // EXPECT: CWE-918
  }
}
