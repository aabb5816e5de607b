package corpus.cwe78;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Tainted OS command: takes the path info and maps the input through a stream. */
public class CommandThroughStream {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getPathInfo();
    String value = Stream.of(input.split(";")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.joining(","));
    new ProcessBuilder(List.of("bash", "-c", value)).start(); // EXPECT: CWE-78
  }
}
