package corpus.cwe611;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.parsers.DocumentBuilderFactory;

/** Parses with a factory hardened in the constructor of its wrapper. */
public class HardenedInConstructor {
  public void doPost(HttpServletRequest request, HttpServletResponse response) throws Exception {
    SafeParser parser = new SafeParser();
    parser.factory.newDocumentBuilder().parse(request.getInputStream()); // EXPECT: none
  }

  private static final class SafeParser {
    final DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();

    SafeParser() throws Exception {
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    }
  }
}
