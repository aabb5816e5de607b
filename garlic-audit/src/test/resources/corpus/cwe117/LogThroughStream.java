package corpus.cwe117;

import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tainted log: takes a parameter value array and maps the input through a stream. */
public class LogThroughStream {
  private static final Logger SLF = LoggerFactory.getLogger(LogThroughStream.class);

  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getParameterValues("q")[0];
    String value = Stream.of(input.split(";")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.joining(","));
    SLF.info("export requested by {}", value); // EXPECT: CWE-117
  }
}
