package corpus.cwe643;

import java.io.StringReader;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.xml.sax.InputSource;

/** Safe XPath: takes a parameter value array and replaces a StringBuilder holding the input with a fresh one. */
public class XpathBuilderReplaced {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getParameterValues("q")[0];
    StringBuilder sb = new StringBuilder(input);
    sb = new StringBuilder("fixed");
    String value = sb.toString();
    XPath xpath = XPathFactory.newInstance().newXPath();
    InputSource xml = new InputSource(new StringReader("<users/>"));
    xpath.evaluate("/users/user[@name='" + value + "']/role", xml); // EXPECT: none
  }
}
