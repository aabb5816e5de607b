package corpus.cwe918;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Safe outgoing request: takes a parameter name and replaces a StringBuilder holding the input with a fresh one. */
public class SsrfBuilderReplaced {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getParameterNames().nextElement();
    StringBuilder sb = new StringBuilder(input);
    sb = new StringBuilder("fixed");
    String value = sb.toString();
    HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(value)).build(), HttpResponse.BodyHandlers.ofString()); // EXPECT: none
  }
}
