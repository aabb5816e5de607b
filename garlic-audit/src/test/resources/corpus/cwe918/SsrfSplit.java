package corpus.cwe918;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Tainted outgoing request: takes a parameter name and keeps the first piece of a split. */
public class SsrfSplit {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getParameterNames().nextElement();
    String value = input.split(",")[0];
    HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(value)).build(), HttpResponse.BodyHandlers.ofString()); // EXPECT: CWE-918
  }
}
