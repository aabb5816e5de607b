package heldout.fileshare.meta;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/** Reads upload manifests and renders them with the site's stylesheet. */
public class ManifestReader {

  private final XmlSettings settings;

  public ManifestReader(XmlSettings settings) {
    this.settings = settings;
  }

  public Document read(InputStream xml) throws IOException, SAXException, ParserConfigurationException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", settings.disallowDoctype());
    return factory.newDocumentBuilder().parse(xml); // EXPECT: none CWE-611
  }

  public void render(InputStream stylesheet, InputStream xml, StringBuilder into) throws TransformerException {
    TransformerFactory factory = TransformerFactory.newInstance();
    Transformer transformer = factory.newTransformer(new StreamSource(stylesheet)); // EXPECT: CWE-611
    java.io.StringWriter out = new java.io.StringWriter();
    transformer.transform(new StreamSource(xml), new StreamResult(out));
    into.append(out);
  }
}
