package corpus.cwe643;

import java.io.StringReader;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.xml.sax.InputSource;

/** Safe XPath: takes the request body and overwrites the input with a constant before the sink. */
public class XpathOverwritten {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getReader().readLine();
    String value = input;
    value = "fixed";
    XPath xpath = XPathFactory.newInstance().newXPath();
    InputSource xml = new InputSource(new StringReader("<users/>"));
    xpath.evaluate("count(//order[customer='" + value + "'])", xml, XPathConstants.NUMBER); // EXPECT: none
  }
}
