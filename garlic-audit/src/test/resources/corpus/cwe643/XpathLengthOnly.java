package corpus.cwe643;

import java.io.StringReader;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.xml.sax.InputSource;

/** Safe XPath: takes a Spring @RequestHeader and uses only the length of the input. */
@RestController
public class XpathLengthOnly {
  @PostMapping("/xpath")
  public void handle(@RequestHeader("X-Query") String input, HttpServletRequest request, HttpServletResponse response) throws Exception {
    String value = String.valueOf(input.length());
    XPath xpath = XPathFactory.newInstance().newXPath();
    InputSource xml = new InputSource(new StringReader("<users/>"));
    xpath.evaluate("/users/user[@name='" + value + "']/role", xml); // EXPECT: none
  }
}
