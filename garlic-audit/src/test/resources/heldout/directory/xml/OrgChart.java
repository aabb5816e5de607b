package heldout.directory.xml;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** The organisation chart, an XML file shipped with the application. */
public class OrgChart {

  private final Document chart;
  private final XPath xpath = XPathFactory.newInstance().newXPath();

  public OrgChart() throws IOException, SAXException, ParserConfigurationException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    try (InputStream in = OrgChart.class.getResourceAsStream("/orgchart.xml")) {
      chart = factory.newDocumentBuilder().parse(in); // EXPECT: none CWE-611
    }
  }

  public String managerOf(String employeeId) throws XPathExpressionException {
    String expr = "/org/employee[@id='" + employeeId + "']/manager/text()";
    return xpath.evaluate(expr, chart); // EXPECT: CWE-643
  }

  public NodeList team(String department) throws XPathExpressionException {
    XPath bound = XPathFactory.newInstance().newXPath();
    bound.setXPathVariableResolver(name -> name.equals(new QName("dept")) ? department : null);
    return (NodeList) bound.evaluate("/org/employee[@dept=$dept]", chart, XPathConstants.NODESET); // EXPECT: none CWE-643
  }

  public String title(String employeeId) throws XPathExpressionException {
    long id = Long.parseLong(employeeId);
    return xpath.compile("/org/employee[@id='" + id + "']/title").evaluate(chart); // EXPECT: none CWE-643
  }

  public NodeList byLocation(String office) throws XPathExpressionException {
    return (NodeList) xpath.compile(String.format("//employee[office='%s']", office)).evaluate(chart, XPathConstants.NODESET); // EXPECT: CWE-643
  }

  public String phoneOf(Map<String, String> query) throws XPathExpressionException {
    String name = query.get("name");
    return xpath.evaluate("//employee[name='" + name + "']/phone", chart); // EXPECT: CWE-643
  }

  public String countIn(String level) throws XPathExpressionException {
    String grade =
        switch (level) {
          case "junior" -> "J";
          case "senior" -> "S";
          case "principal" -> "P";
          default -> "none";
        };
    return xpath.evaluate("count(//employee[@grade='" + grade + "'])", chart); // EXPECT: none CWE-643
  }
}
