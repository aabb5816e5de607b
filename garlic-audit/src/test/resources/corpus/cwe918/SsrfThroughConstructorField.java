package corpus.cwe918;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Tainted outgoing request: takes the path info and stores the input in a field through a constructor. */
public class SsrfThroughConstructorField {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getPathInfo();
    Holder holder = new Holder(input);
    String value = holder.value();
    HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(value)).build(), HttpResponse.BodyHandlers.ofString()); // EXPECT: CWE-918
  }

  private static final class Holder {
    private final String value;

    Holder(String value) {
      this.value = value;
    }

    String value() {
      return value;
    }
  }
}
