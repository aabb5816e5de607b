package corpus.cwe643;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.xml.sax.InputSource;

/** Tainted XPath: takes a request header and Base64-decodes the input. */
public class XpathBase64Decoded {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getHeader("X-Query");
    String value = new String(Base64.getDecoder().decode(input), StandardCharsets.UTF_8);
    XPath xpath = XPathFactory.newInstance().newXPath();
    InputSource xml = new InputSource(new StringReader("<users/>"));
    xpath.evaluate("count(//order[customer='" + value + "'])", xml, XPathConstants.NUMBER); // EXPECT: CWE-643
  }
}
