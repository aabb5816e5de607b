package corpus.cwe643;

import java.io.StringReader;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.xml.sax.InputSource;

/** Tainted XPath: takes a cookie value and passes the input through two helpers of a nested utility class. */
public class XpathThroughNestedHelpers {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getCookies()[0].getValue();
    String value = Texts.quote(Texts.upper(input));
    XPath xpath = XPathFactory.newInstance().newXPath();
    InputSource xml = new InputSource(new StringReader("<users/>"));
    xpath.evaluate("count(//order[customer='" + value + "'])", xml, XPathConstants.NUMBER); // EXPECT: CWE-643
  }

  static final class Texts {
    private Texts() {}

    static String upper(String s) {
      return s.toUpperCase(java.util.Locale.ROOT);
    }

    static String quote(String s) {
      return "'" + s + "'";
    }
  }
}
