package corpus.cwe643;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;

/** Tainted XPath: takes a request parameter and URL-decodes the input. */
public class XpathUrlDecoded {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getParameter("q");
    String value = URLDecoder.decode(input, StandardCharsets.UTF_8);
    XPath xpath = XPathFactory.newInstance().newXPath();
    xpath.compile("//account[@id='" + value + "']"); // EXPECT: CWE-643
  }
}
