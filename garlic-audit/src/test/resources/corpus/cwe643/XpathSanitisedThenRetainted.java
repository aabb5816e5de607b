package corpus.cwe643;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;

/** Parses the input as a number, then overwrites it with the raw input. */
public class XpathSanitisedThenRetainted {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getParameter("id");
    String id = String.valueOf(Long.parseLong(input));
    id = input.strip();
    XPath xpath = XPathFactory.newInstance().newXPath();
    xpath.compile("//account[@id='" + id + "']"); // EXPECT: CWE-643
  }
}
