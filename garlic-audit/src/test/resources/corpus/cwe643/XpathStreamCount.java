package corpus.cwe643;

import java.io.StringReader;
import java.util.stream.Stream;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.xml.sax.InputSource;

/** Safe XPath: takes the path info and keeps only the count of a stream over the input. */
public class XpathStreamCount {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getPathInfo();
    long count = Stream.of(input.split(",")).count();
    String value = "items-" + count;
    XPath xpath = XPathFactory.newInstance().newXPath();
    InputSource xml = new InputSource(new StringReader("<users/>"));
    xpath.evaluate("count(//order[customer='" + value + "'])", xml, XPathConstants.NUMBER); // EXPECT: none
  }
}
