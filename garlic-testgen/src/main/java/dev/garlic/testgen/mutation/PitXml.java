package dev.garlic.testgen.mutation;

import dev.garlic.spi.GarlicException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** Reads PIT's {@code mutations.xml}. */
final class PitXml {

  private PitXml() {}

  static MutationReport read(Path file) {
    NodeList mutations;
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      mutations =
          factory.newDocumentBuilder().parse(file.toFile()).getElementsByTagName("mutation");
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw GarlicException.environment("cannot read PIT's report " + file + ": " + e);
    }
    int killed = 0;
    int survived = 0;
    int noCoverage = 0;
    int timedOut = 0;
    int other = 0;
    List<MutationReport.Mutant> survivors = new ArrayList<>();
    for (int i = 0; i < mutations.getLength(); i++) {
      Element mutation = (Element) mutations.item(i);
      String status = mutation.getAttribute("status");
      switch (status) {
        case "KILLED" -> killed++;
        case "SURVIVED" -> survived++;
        case "NO_COVERAGE" -> noCoverage++;
        case "TIMED_OUT" -> timedOut++;
        default -> other++;
      }
      if (status.equals("SURVIVED") || status.equals("NO_COVERAGE")) {
        survivors.add(mutant(mutation));
      }
    }
    return new MutationReport(
        killed, survived, noCoverage, timedOut, other, mutations.getLength(), survivors);
  }

  private static MutationReport.Mutant mutant(Element mutation) {
    String line = text(mutation, "lineNumber");
    String mutator = text(mutation, "mutator");
    return new MutationReport.Mutant(
        text(mutation, "mutatedClass"),
        text(mutation, "mutatedMethod"),
        line.isEmpty() ? 0 : Integer.parseInt(line),
        mutator.substring(mutator.lastIndexOf('.') + 1),
        text(mutation, "description"));
  }

  private static String text(Element parent, String tag) {
    NodeList nodes = parent.getElementsByTagName(tag);
    return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().strip();
  }

  /** The line of PIT's output that says why it failed, or its last line. */
  static String reason(String output) {
    List<String> lines = output.strip().lines().toList();
    return lines.stream()
        .filter(l -> l.contains("Exception") || l.contains("ERROR") || l.contains("did not pass"))
        .findFirst()
        .or(() -> lines.isEmpty() ? Optional.empty() : Optional.of(lines.getLast()))
        .map(String::strip)
        .orElse("no output");
  }
}
