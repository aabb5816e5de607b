package corpus.cwe643;

import java.io.StringReader;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.xml.sax.InputSource;

/** Safe XPath: takes the query string and binds the input through an XPathVariableResolver. */
public class XpathVariableResolver {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getQueryString();
    String value = input;
    XPath xpath = XPathFactory.newInstance().newXPath();
    xpath.setXPathVariableResolver(name -> value);
    xpath.evaluate("/users/user[@name=$name]/role", new InputSource(new StringReader("<users/>"))); // EXPECT: none
  }
}
