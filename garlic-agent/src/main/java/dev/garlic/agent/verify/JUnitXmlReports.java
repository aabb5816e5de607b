package dev.garlic.agent.verify;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads the JUnit XML reports that Maven Surefire/Failsafe ({@code target/surefire-reports}, {@code
 * target/failsafe-reports}) and Gradle ({@code build/test-results/<task>}) write: one {@code
 * TEST-*.xml} per test class with a {@code <testcase>} per test and a {@code <failure>} or {@code
 * <error>} child for each that did not pass. Uses the JDK's XML parser with external entities off.
 */
final class JUnitXmlReports {

  private final JvmStackFrames frames;

  JUnitXmlReports(JvmStackFrames frames) {
    this.frames = frames;
  }

  /** The {@code TEST-*.xml} files under {@code dir} (searched a few levels deep), sorted. */
  static List<Path> reportFiles(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(dir, 3)) {
      return files
          .filter(Files::isRegularFile)
          .filter(
              f -> {
                String name = f.getFileName().toString();
                return name.startsWith("TEST-") && name.endsWith(".xml");
              })
          .sorted()
          .toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  /** Deletes the reports under {@code dir}, so that stale ones of an earlier run are not read. */
  static void clear(Path dir) {
    for (Path file : reportFiles(dir)) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        // A report we cannot delete is one we may read twice; the counts say so, nothing breaks.
      }
    }
  }

  /** The results in the report files under every directory of {@code dirs}. */
  ParsedResults read(List<Path> dirs) {
    ParsedResults all = ParsedResults.NONE;
    for (Path dir : dirs) {
      for (Path file : reportFiles(dir)) {
        all = all.plus(parse(file));
      }
    }
    return all;
  }

  /** The results in one report file; a file that does not parse counts as nothing. */
  ParsedResults parse(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return parse(newBuilder().parse(in).getDocumentElement());
    } catch (IOException | SAXException | ParserConfigurationException e) {
      return ParsedResults.NONE;
    }
  }

  private ParsedResults parse(Element suite) {
    int run = 0;
    int failed = 0;
    int errors = 0;
    int skipped = 0;
    List<TestFailure> failures = new ArrayList<>();
    NodeList cases = suite.getElementsByTagName("testcase");
    for (int i = 0; i < cases.getLength(); i++) {
      Element testCase = (Element) cases.item(i);
      run++;
      Optional<Element> failure = child(testCase, "failure");
      Optional<Element> error = child(testCase, "error");
      if (failure.isPresent()) {
        failed++;
        failures.add(failureOf(testCase, failure.get(), false));
      } else if (error.isPresent()) {
        errors++;
        failures.add(failureOf(testCase, error.get(), true));
      } else if (child(testCase, "skipped").isPresent()) {
        skipped++;
      }
    }
    return new ParsedResults(run, failed, errors, skipped, failures);
  }

  private TestFailure failureOf(Element testCase, Element problem, boolean error) {
    String trace = problem.getTextContent();
    String message = problem.getAttribute("message");
    if (message.isBlank()) {
      // Without a message attribute the trace's first line names the exception and its message.
      message = trace.strip().lines().findFirst().orElse(problem.getAttribute("type"));
    } else if (!problem.getAttribute("type").isBlank()) {
      message = simpleName(problem.getAttribute("type")) + ": " + message;
    }
    List<JvmStackFrames.Frame> relevant = frames.relevant(trace);
    String location =
        relevant.stream().flatMap(f -> f.location().stream()).findFirst().orElse(null);
    return new TestFailure(
        testCase.getAttribute("classname"),
        testCase.getAttribute("name"),
        error,
        message,
        relevant.stream().map(JvmStackFrames.Frame::text).toList(),
        location);
  }

  private static String simpleName(String type) {
    return type.substring(type.lastIndexOf('.') + 1);
  }

  private static Optional<Element> child(Element parent, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  private static DocumentBuilder newBuilder() throws ParserConfigurationException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setExpandEntityReferences(false);
    return factory.newDocumentBuilder();
  }
}
