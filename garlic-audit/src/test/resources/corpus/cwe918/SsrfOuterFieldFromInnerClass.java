package corpus.cwe918;

import java.net.URL;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Stores the input in an outer field from an inner class. */
public class SsrfOuterFieldFromInnerClass {
  private String target = "https://status.example.com/";

  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    new Recorder().record(request.getParameter("url"));
    new URL(target).openStream().close(); // EXPECT: CWE-918
  }

  private final class Recorder {
    void record(String url) {
      target = url;
    }
  }
}
