package corpus.cwe643;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;

/** Tainted XPath: takes a request header and stores the input in an instance field read by another method. */
public class XpathThroughInstanceField {
  private String last = "";

  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getHeader("X-Query");
    this.last = input;
    String value = current();
    XPath xpath = XPathFactory.newInstance().newXPath();
    xpath.compile("//account[@id='" + value + "']"); // EXPECT: CWE-643
  }

  private String current() {
    return last;
  }
}
