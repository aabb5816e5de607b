package corpus.cwe22;

import java.io.FileInputStream;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Tainted file path: takes a parameter name and keeps the input on one arm of a run-time ternary. */
public class PathRuntimeTernary {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getParameterNames().nextElement();
    String value = input.startsWith("#") ? "fixed" : input;
    new FileInputStream("/srv/data/" + value).close(); // EXPECT: CWE-22
  }
}
