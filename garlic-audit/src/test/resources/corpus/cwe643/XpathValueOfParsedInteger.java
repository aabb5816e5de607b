package corpus.cwe643;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;

/** Parses the input to an Integer and back. */
public class XpathValueOfParsedInteger {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String id = String.valueOf(Integer.valueOf(request.getParameter("id")));
    XPath xpath = XPathFactory.newInstance().newXPath();
    xpath.compile("//account[@id='" + id + "']"); // EXPECT: none
  }
}
