package corpus.cwe918;

import java.net.URL;
import java.util.function.Supplier;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Captures a constant, not the input, in an anonymous Supplier. */
public class SsrfCapturedConstantInAnonymousClass {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getParameter("url");
    String fallback = "https://status.example.com/";
    Supplier<String> target =
        new Supplier<>() {
          @Override
          public String get() {
            return input.isEmpty() ? fallback : fallback + "health";
          }
        };
    new URL(target.get()).openStream().close(); // EXPECT: none
  }
}
