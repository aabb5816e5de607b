package corpus.cwe22;

import java.io.FileInputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Tainted file path: takes the query string and maps the input through a stream. */
public class PathThroughStream {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getQueryString();
    String value = Stream.of(input.split(";")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.joining(","));
    new FileInputStream("/srv/data/" + value).close(); // EXPECT: CWE-22
  }
}
