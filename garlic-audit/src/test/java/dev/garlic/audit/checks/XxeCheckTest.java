package dev.garlic.audit.checks;

import org.junit.jupiter.api.Test;

class XxeCheckTest {

  private final XxeCheck check = new XxeCheck();

  @Test
  void reportsParsersUsedWithoutHardening() {
    CheckHarness.assertMarkers(
        check,
        """
        package p;
        import javax.xml.parsers.*;
        import javax.xml.stream.XMLInputFactory;
        import javax.xml.transform.TransformerFactory;
        import java.io.InputStream;
        class T {
          void dom(InputStream in) throws Exception {
            DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
            dbf.setNamespaceAware(true);
            dbf.setExpandEntityReferences(false);
            DocumentBuilder db = dbf.newDocumentBuilder();
            db.parse(in); // EXPECT: CWE-611
          }
          void chained(InputStream in) throws Exception {
            DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in); // EXPECT: CWE-611
          }
          void sax(InputStream in) throws Exception {
            SAXParserFactory spf = SAXParserFactory.newInstance();
            spf.setFeature("http://xml.org/sax/features/external-general-entities", false);
            spf.newSAXParser().parse(in, new org.xml.sax.helpers.DefaultHandler()); // EXPECT: CWE-611
          }
          void stax(InputStream in) throws Exception {
            XMLInputFactory f = XMLInputFactory.newFactory();
            f.createXMLStreamReader(in); // EXPECT: CWE-611
          }
          void transformer(InputStream xsl) throws Exception {
            TransformerFactory tf = TransformerFactory.newInstance();
            tf.newTransformer(new javax.xml.transform.stream.StreamSource(xsl)); // EXPECT: CWE-611
          }
          void identity(InputStream in, java.io.OutputStream out) throws Exception {
            TransformerFactory tf = TransformerFactory.newInstance();
            javax.xml.transform.Transformer t = tf.newTransformer();
            t.transform(new javax.xml.transform.stream.StreamSource(in), new javax.xml.transform.stream.StreamResult(out)); // EXPECT: CWE-611
          }
          javax.xml.parsers.DocumentBuilder handedOut() throws Exception {
            DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
            return dbf.newDocumentBuilder(); // EXPECT: CWE-611
          }
          void reader(InputStream in) throws Exception {
            org.xml.sax.XMLReader r = org.xml.sax.helpers.XMLReaderFactory.createXMLReader();
            r.parse(new org.xml.sax.InputSource(in)); // EXPECT: CWE-611
          }
        }
        """);
  }

  @Test
  void acceptsHardenedFactoriesOnTheSameInstance() {
    CheckHarness.assertMarkers(
        check,
        """
        package p;
        import javax.xml.XMLConstants;
        import javax.xml.parsers.*;
        import javax.xml.stream.XMLInputFactory;
        import javax.xml.transform.TransformerFactory;
        import java.io.InputStream;
        class T {
          private static final String DISALLOW = "http://apache.org/xml/features/disallow-doctype-decl";
          void dom(InputStream in) throws Exception {
            DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
            dbf.setFeature(DISALLOW, true);
            dbf.newDocumentBuilder().parse(in); // EXPECT: none
          }
          void entitiesOff(InputStream in) throws Exception {
            SAXParserFactory spf = SAXParserFactory.newInstance();
            spf.setFeature("http://xml.org/sax/features/external-general-entities", false);
            spf.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            spf.newSAXParser().parse(in, new org.xml.sax.helpers.DefaultHandler()); // EXPECT: none
          }
          void secureProcessing() throws Exception {
            TransformerFactory tf = TransformerFactory.newInstance();
            tf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            tf.newTransformer(); // EXPECT: none
          }
          void stax(InputStream in) throws Exception {
            XMLInputFactory f = XMLInputFactory.newInstance();
            f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            f.createXMLStreamReader(in); // EXPECT: none
          }
          void accessOnBuilderProduct(InputStream in) throws Exception {
            SAXParserFactory spf = SAXParserFactory.newInstance();
            SAXParser parser = spf.newSAXParser(); // EXPECT: none
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            parser.parse(in, new org.xml.sax.helpers.DefaultHandler());
          }
          void hardenedElsewhere(InputStream in) throws Exception {
            DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
            Hardening.apply(dbf);
            dbf.newDocumentBuilder().parse(in); // EXPECT: none
          }
          void otherInstanceHardened(InputStream in) throws Exception {
            DocumentBuilderFactory safe = DocumentBuilderFactory.newInstance();
            safe.setFeature(DISALLOW, true);
            DocumentBuilderFactory unsafe = DocumentBuilderFactory.newInstance();
            unsafe.newDocumentBuilder().parse(in); // EXPECT: CWE-611
          }
          org.w3c.dom.Document emptyDocument() throws Exception {
            DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
            return dbf.newDocumentBuilder().newDocument(); // EXPECT: none
          }
          void serialize(org.w3c.dom.Document doc, java.io.Writer w) throws Exception {
            TransformerFactory.newInstance().newTransformer() // EXPECT: none
                .transform(new javax.xml.transform.dom.DOMSource(doc), new javax.xml.transform.stream.StreamResult(w));
          }
          private static final DocumentBuilderFactory SHARED = DocumentBuilderFactory.newInstance();
          static {
            try {
              SHARED.setFeature(DISALLOW, true);
            } catch (Exception e) {
              throw new IllegalStateException(e);
            }
          }
          void shared(InputStream in) throws Exception {
            SHARED.newDocumentBuilder().parse(in); // EXPECT: none
          }
          void schema(InputStream in) throws Exception {
            javax.xml.validation.SchemaFactory sf = javax.xml.validation.SchemaFactory.newInstance("http://www.w3.org/2001/XMLSchema");
            sf.newSchema(new javax.xml.transform.stream.StreamSource(in)); // EXPECT: CWE-611
          }
          void dom4j(InputStream in) throws Exception {
            org.dom4j.io.SAXReader reader = new org.dom4j.io.SAXReader();
            reader.read(in); // EXPECT: CWE-611
          }
          void dom4jHardened(InputStream in) throws Exception {
            org.dom4j.io.SAXReader reader = new org.dom4j.io.SAXReader();
            reader.setFeature(DISALLOW, true);
            reader.read(in); // EXPECT: none
          }
          void readerOfHardenedParser(InputStream in) throws Exception {
            SAXParser p = SAXParserFactory.newInstance().newSAXParser(); // EXPECT: none
            org.xml.sax.XMLReader reader = p.getXMLReader();
            reader.setFeature(DISALLOW, true);
            reader.parse(new org.xml.sax.InputSource(in));
          }
          static class Hardening { static void apply(DocumentBuilderFactory f) {} }
        }
        """);
  }
}
