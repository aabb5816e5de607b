package corpus.cwe918;

import java.net.URL;
import java.util.function.Function;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Tainted outgoing request: takes the request body and wraps the input in a lambda. */
public class SsrfThroughLambda {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getReader().readLine();
    Function<String, String> wrap = s -> "[" + s + "]";
    String value = wrap.apply(input);
    new URL(value).openStream().close(); // EXPECT: CWE-918
  }
}
