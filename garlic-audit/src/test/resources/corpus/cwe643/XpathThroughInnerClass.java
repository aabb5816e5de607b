package corpus.cwe643;

import java.io.StringReader;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xml.sax.InputSource;

/** Tainted XPath: takes a Spring @RequestParam and accumulates the input in an inner class. */
@RestController
public class XpathThroughInnerClass {
  @PostMapping("/xpath")
  public void handle(@RequestParam("q") String input, HttpServletRequest request, HttpServletResponse response) throws Exception {
    Accumulator accumulator = new Accumulator();
    accumulator.add(input);
    String value = accumulator.text();
    XPath xpath = XPathFactory.newInstance().newXPath();
    InputSource xml = new InputSource(new StringReader("<users/>"));
    xpath.evaluate("/users/user[@name='" + value + "']/role", xml); // EXPECT: CWE-643
  }

  private final class Accumulator {
    private final StringBuilder text = new StringBuilder();

    void add(String part) {
      text.append(part);
    }

    String text() {
      return text.toString();
    }
  }
}
