package corpus.cwe643;

import java.io.StringReader;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.xml.sax.InputSource;

/** Tainted XPath: takes a parameter name and applies a replace that removes nothing dangerous. */
public class XpathReplace {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getParameterNames().nextElement();
    String value = input.replace('+', ' ').toLowerCase();
    XPath xpath = XPathFactory.newInstance().newXPath();
    InputSource xml = new InputSource(new StringReader("<users/>"));
    xpath.evaluate("/users/user[@name='" + value + "']/role", xml); // EXPECT: CWE-643
  }
}
