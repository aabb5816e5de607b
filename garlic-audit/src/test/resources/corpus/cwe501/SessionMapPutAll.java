package corpus.cwe501;

import java.util.HashMap;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Copies a map holding the input under one key and a constant under another, then reads both. */
public class SessionMapPutAll {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    Map<String, String> form = new HashMap<>();
    form.put("comment", request.getParameter("comment"));
    form.put("source", "web");
    Map<String, String> copy = new HashMap<>(form);
    request.getSession().setAttribute("source", copy.get("source")); // EXPECT: none
    request.getSession().setAttribute("comment", copy.get("comment")); // EXPECT: CWE-501
  }
}
