package corpus.cwe643;

import java.io.StringReader;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.xml.sax.InputSource;

/** Tainted XPath: takes a Spring @CookieValue and keeps the first piece of a split. */
@RestController
public class XpathSplit {
  @PostMapping("/xpath")
  public void handle(@CookieValue("pref") String input, HttpServletRequest request, HttpServletResponse response) throws Exception {
    String value = input.split(",")[0];
    XPath xpath = XPathFactory.newInstance().newXPath();
    InputSource xml = new InputSource(new StringReader("<users/>"));
    xpath.evaluate("count(//order[customer='" + value + "'])", xml, XPathConstants.NUMBER); // EXPECT: CWE-643
  }
}
