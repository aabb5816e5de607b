package corpus.cwe113;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Tainted response header: takes the parameter map and builds the value with a StringBuilder. */
public class HeaderStringBuilder {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getParameterMap().get("q")[0];
    StringBuilder sb = new StringBuilder();
    sb.append("item-").append(input);
    String value = sb.toString();
    response.addHeader("Content-Disposition", "attachment; filename=" + value); // EXPECT: CWE-113
  }
}
