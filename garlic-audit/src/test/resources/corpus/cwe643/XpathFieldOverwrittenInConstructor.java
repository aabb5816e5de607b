package corpus.cwe643;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Safe XPath: takes a Spring @PathVariable and stores a constant in the field whatever the constructor receives. */
@RestController
public class XpathFieldOverwrittenInConstructor {
  @PostMapping("/xpath")
  public void handle(@PathVariable("id") String input, HttpServletRequest request, HttpServletResponse response) throws Exception {
    Holder holder = new Holder(input);
    String value = holder.value();
    XPath xpath = XPathFactory.newInstance().newXPath();
    xpath.compile("//account[@id='" + value + "']"); // EXPECT: none
  }

  private static final class Holder {
    private final String value;

    Holder(String ignored) {
      this.value = "fixed";
    }

    String value() {
      return value;
    }
  }
}
