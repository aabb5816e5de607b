package dev.garlic.bench.audit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The bugs of a SpotBugs XML report: type and the lines where the bug is (the primary source line
 * and any further instances SpotBugs merged into the same bug). Lines of the enclosing class or
 * method, and the lines of taint sources Find Security Bugs adds without a role, are not where the
 * bug is and are left out. A bug with no primary line keeps its first direct source line.
 */
final class SpotBugsReport {

  private SpotBugsReport() {}

  /** One reported bug; {@code sourcePath} is relative to a source root ({@code pkg/File.java}). */
  record Bug(String type, String sourcePath, List<Integer> lines) {}

  static List<Bug> read(Path xml) throws IOException {
    try (InputStream in = Files.newInputStream(xml)) {
      return read(in);
    }
  }

  static List<Bug> read(InputStream in) throws IOException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    List<Bug> bugs = new ArrayList<>();
    try {
      XMLStreamReader r = factory.createXMLStreamReader(in);
      int depth = 0;
      int bugDepth = -1;
      String type = null;
      String path = null;
      List<Integer> lines = new ArrayList<>();
      int firstLine = -1;
      while (r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamReader.START_ELEMENT) {
          depth++;
          String name = r.getLocalName();
          if (name.equals("BugInstance")) {
            bugDepth = depth;
            type = r.getAttributeValue(null, "type");
            path = null;
            lines = new ArrayList<>();
            firstLine = -1;
          } else if (bugDepth > 0 && depth == bugDepth + 1 && name.equals("SourceLine")) {
            String start = r.getAttributeValue(null, "start");
            if (start != null) {
              if (path == null) {
                path = r.getAttributeValue(null, "sourcepath");
              }
              if (firstLine < 0) {
                firstLine = Integer.parseInt(start);
              }
              if ("true".equals(r.getAttributeValue(null, "primary"))
                  || "SOURCE_LINE_ANOTHER_INSTANCE".equals(r.getAttributeValue(null, "role"))) {
                lines.add(Integer.parseInt(start));
              }
            }
          }
        } else if (event == XMLStreamReader.END_ELEMENT) {
          if (depth == bugDepth && r.getLocalName().equals("BugInstance")) {
            if (lines.isEmpty() && firstLine > 0) {
              lines.add(firstLine);
            }
            bugs.add(new Bug(type, path == null ? "" : path, List.copyOf(lines)));
            bugDepth = -1;
          }
          depth--;
        }
      }
      r.close();
    } catch (XMLStreamException e) {
      throw new IOException("cannot read the SpotBugs report: " + e.getMessage(), e);
    }
    return bugs;
  }
}
