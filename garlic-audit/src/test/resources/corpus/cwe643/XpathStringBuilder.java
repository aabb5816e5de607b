package corpus.cwe643;

import java.io.StringReader;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.xml.sax.InputSource;

/** Tainted XPath: takes a parameter value array and builds the value with a StringBuilder. */
public class XpathStringBuilder {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getParameterValues("q")[0];
    StringBuilder sb = new StringBuilder();
    sb.append("item-").append(input);
    String value = sb.toString();
    XPath xpath = XPathFactory.newInstance().newXPath();
    InputSource xml = new InputSource(new StringReader("<users/>"));
    xpath.evaluate("count(//order[customer='" + value + "'])", xml, XPathConstants.NUMBER); // EXPECT: CWE-643
  }
}
