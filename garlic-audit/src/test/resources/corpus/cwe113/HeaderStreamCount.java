package corpus.cwe113;

import java.util.stream.Stream;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Safe response header: takes the request body and keeps only the count of a stream over the input. */
public class HeaderStreamCount {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getReader().readLine();
    long count = Stream.of(input.split(",")).count();
    String value = "items-" + count;
    response.setHeader("X-Search", value); // EXPECT: none
  }
}
