package corpus.cwe918;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Safe outgoing request: takes a parameter name and removes the input from a list before reading index 0. */
public class SsrfListAfterRemove {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getParameterNames().nextElement();
    List<String> parts = new ArrayList<>();
    parts.add(input);
    parts.add("fixed");
    parts.remove(0);
    String value = parts.get(0);
    HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(value)).build(), HttpResponse.BodyHandlers.ofString()); // EXPECT: none
  }
}
