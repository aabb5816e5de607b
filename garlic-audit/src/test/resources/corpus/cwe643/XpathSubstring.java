package corpus.cwe643;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;

/** Tainted XPath: takes the request body and keeps a substring of the input. */
public class XpathSubstring {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getReader().readLine();
    String value = input.substring(input.indexOf(':') + 1);
    XPath xpath = XPathFactory.newInstance().newXPath();
    xpath.compile("//account[@id='" + value + "']"); // EXPECT: CWE-643
  }
}
