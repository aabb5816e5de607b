package corpus.cwe643;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;

/** Safe XPath: takes a cookie value and keeps the input on the dead arm of a constant ternary. */
public class XpathConstantTernary {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getCookies()[0].getValue();
    String value = (3 * 2 == 5) ? input : "fixed";
    XPath xpath = XPathFactory.newInstance().newXPath();
    xpath.compile("//account[@id='" + value + "']"); // EXPECT: none
  }
}
