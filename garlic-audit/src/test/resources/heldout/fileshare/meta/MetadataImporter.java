package heldout.fileshare.meta;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.w3c.dom.Document;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/** Reads the XML sidecar files (Dublin Core, XMP, legacy descriptors) that come with uploads. */
public class MetadataImporter {

  private final DocumentBuilderFactory hardened;

  public MetadataImporter() throws ParserConfigurationException {
    hardened = DocumentBuilderFactory.newInstance();
    hardened.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    hardened.setXIncludeAware(false);
    hardened.setExpandEntityReferences(false);
  }

  public Document dublinCore(InputStream xml) throws IOException, SAXException, ParserConfigurationException {
    DocumentBuilder builder = hardened.newDocumentBuilder();
    return builder.parse(xml); // EXPECT: none CWE-611
  }

  public Document xmp(InputStream xml) throws IOException, SAXException, ParserConfigurationException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(xml); // EXPECT: CWE-611
  }

  public Map<String, String> legacy(InputStream xml) throws IOException, SAXException, ParserConfigurationException {
    SAXParserFactory factory = SAXParserFactory.newInstance();
    SAXParser parser = factory.newSAXParser();
    Map<String, String> fields = new HashMap<>();
    parser.parse(xml, new DefaultHandler() { // EXPECT: CWE-611
      @Override
      public void startElement(String uri, String local, String qName, Attributes attrs) {
        fields.put(qName, attrs.getValue("value"));
      }
    });
    return fields;
  }

  public Map<String, String> legacyStrict(InputStream xml) throws IOException, SAXException, ParserConfigurationException {
    SAXParserFactory factory = SAXParserFactory.newInstance();
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Map<String, String> fields = new HashMap<>();
    factory.newSAXParser().parse(xml, new DefaultHandler() { // EXPECT: none CWE-611
      @Override
      public void startElement(String uri, String local, String qName, Attributes attrs) {
        fields.put(qName, attrs.getValue("value"));
      }
    });
    return fields;
  }

  public String firstTitle(InputStream xml) throws XMLStreamException {
    XMLInputFactory factory = XMLInputFactory.newInstance();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    XMLStreamReader reader = factory.createXMLStreamReader(xml); // EXPECT: none CWE-611
    while (reader.hasNext()) {
      if (reader.next() == XMLStreamReader.START_ELEMENT && "title".equals(reader.getLocalName())) {
        return reader.getElementText();
      }
    }
    return "";
  }

  public String firstCreator(InputStream xml) throws XMLStreamException {
    XMLStreamReader reader = XMLInputFactory.newFactory().createXMLStreamReader(xml); // EXPECT: CWE-611
    while (reader.hasNext()) {
      if (reader.next() == XMLStreamReader.START_ELEMENT && "creator".equals(reader.getLocalName())) {
        return reader.getElementText();
      }
    }
    return "";
  }
}
