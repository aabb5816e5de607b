package dev.garlic.workspace.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The modules of a Maven build, read from the {@code pom.xml} files: {@code <modules>} (and Maven
 * 4's {@code <subprojects>}) recursively, and each module's {@code <sourceDirectory>} and {@code
 * <testSourceDirectory>}. A pom that cannot be parsed gives a module with the conventional roots.
 */
final class MavenLayout {

  private static final int MAX_DEPTH = 10;

  private MavenLayout() {}

  static List<BuildModule> modules(Path root) {
    List<BuildModule> modules = new ArrayList<>();
    collect(root, "", modules, new HashSet<>(), 0);
    return modules;
  }

  /**
   * The {@code groupId:artifactId} of every module of {@code build}, the group inherited from the
   * parent when the pom does not set one; modules whose pom cannot be read are left out.
   */
  static Set<String> coordinates(BuildInfo build) {
    Set<String> coordinates = new HashSet<>();
    for (BuildModule m : build.modules()) {
      Element project = parse(build.root().resolve(BuildDetector.resolve(m.path(), "pom.xml")));
      if (project != null) {
        Element parent = child(project, "parent");
        String group = text(project, "groupId", parent == null ? "" : text(parent, "groupId", ""));
        coordinates.add(group + ":" + text(project, "artifactId", ""));
      }
    }
    return coordinates;
  }

  private static void collect(
      Path root, String path, List<BuildModule> modules, Set<String> seen, int depth) {
    if (depth > MAX_DEPTH || !seen.add(path)) {
      return;
    }
    Path dir = path.isEmpty() ? root : root.resolve(path);
    Element project = parse(dir.resolve("pom.xml"));
    String name = dir.getFileName() == null ? path : dir.getFileName().toString();
    String mainRoot = "src/main/java";
    String testRoot = "src/test/java";
    List<String> children = List.of();
    if (project != null) {
      name = text(project, "artifactId", name);
      Element build = child(project, "build");
      if (build != null) {
        mainRoot = stripBasedir(text(build, "sourceDirectory", mainRoot));
        testRoot = stripBasedir(text(build, "testSourceDirectory", testRoot));
      }
      children = childPaths(project);
    }
    modules.add(BuildDetector.module(root, path, name, mainRoot, testRoot));
    for (String child : children) {
      String childPath = normalize(root, BuildDetector.resolve(path, child));
      if (!childPath.startsWith("..")
          && Files.isRegularFile(root.resolve(childPath).resolve("pom.xml"))) {
        collect(root, childPath, modules, seen, depth + 1);
      }
    }
  }

  /** {@code relative} without {@code ..} and {@code .} segments; empty for the root itself. */
  private static String normalize(Path root, String relative) {
    return root.relativize(root.resolve(relative).normalize()).toString().replace('\\', '/');
  }

  private static List<String> childPaths(Element project) {
    List<String> paths = new ArrayList<>();
    for (String[] list : new String[][] {{"modules", "module"}, {"subprojects", "subproject"}}) {
      Element container = child(project, list[0]);
      if (container != null) {
        for (Node n = container.getFirstChild(); n != null; n = n.getNextSibling()) {
          if (n instanceof Element e && e.getTagName().equals(list[1])) {
            paths.add(e.getTextContent().strip());
          }
        }
      }
    }
    return paths;
  }

  private static String stripBasedir(String dir) {
    for (String prefix : List.of("${project.basedir}/", "${basedir}/")) {
      if (dir.startsWith(prefix)) {
        return dir.substring(prefix.length());
      }
    }
    return dir;
  }

  private static String text(Element parent, String name, String fallback) {
    Element e = child(parent, name);
    String value = e == null ? "" : e.getTextContent().strip();
    return value.isEmpty() ? fallback : value;
  }

  private static @Nullable Element child(Element parent, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        return e;
      }
    }
    return null;
  }

  private static @Nullable Element parse(Path pom) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      DocumentBuilder builder = factory.newDocumentBuilder();
      // The default handler prints parse errors to stderr; a broken pom is not our problem to show.
      builder.setErrorHandler(new DefaultHandler());
      Document doc = builder.parse(pom.toFile());
      return doc.getDocumentElement();
    } catch (IOException | SAXException | ParserConfigurationException e) {
      return null;
    }
  }
}
