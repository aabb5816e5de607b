package dev.garlic.agent.context;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.garlic.agent.context.CodeMask.Syntax;
import dev.garlic.agent.context.ModuleReference.Kind;
import dev.garlic.agent.context.SourceImports.Lines;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dependencies a build file declares: Maven {@code pom.xml} ({@code <dependency>}
 * elements, not exclusions, plugins or the project's own coordinates), Gradle build scripts and
 * version catalogs, npm {@code package.json}, Python {@code requirements*.txt} and {@code
 * pyproject.toml}, and Go {@code go.mod}. Comments are ignored.
 */
final class BuildDependencies {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern XML_COMMENT = Pattern.compile("(?s)<!--.*?-->");
  private static final Pattern MAVEN_DEPENDENCY =
      Pattern.compile("(?s)<dependency>(.*?)</dependency>");
  private static final Pattern MAVEN_EXCLUSIONS =
      Pattern.compile("(?s)<exclusions>.*?</exclusions>");
  private static final Pattern GROUP_ID = Pattern.compile("<groupId>\\s*([^<\\s]+)\\s*</groupId>");
  private static final Pattern ARTIFACT_ID =
      Pattern.compile("<artifactId>\\s*([^<\\s]+)\\s*</artifactId>");
  private static final Pattern GRADLE_COORDINATE =
      Pattern.compile(
          "(?m)^[ \\t]*[\\w.]+[ \\t]*\\(?[ \\t]*(?:\\w+\\s*\\(\\s*)?[\"']([^\"':\\s]+:[^\"':\\s]+)(?::[^\"']*)?[\"']");
  private static final Pattern GRADLE_MAP =
      Pattern.compile(
          "group\\s*[:=]\\s*[\"']([^\"']+)[\"']\\s*,\\s*name\\s*[:=]\\s*[\"']([^\"']+)[\"']");
  private static final Pattern CATALOG_MODULE =
      Pattern.compile("\\bmodule\\s*=\\s*[\"']([^\"':]+:[^\"':]+)[\"']");
  private static final Pattern REQUIREMENT_NAME =
      Pattern.compile("^\\s*([A-Za-z0-9][A-Za-z0-9._-]*)");
  private static final Pattern TOML_TABLE = Pattern.compile("^\\s*\\[+\\s*([^\\]]+?)\\s*\\]+");
  private static final Pattern TOML_ARRAY_START = Pattern.compile("^\\s*([\\w.\"-]+)\\s*=\\s*\\[");
  private static final Pattern TOML_KEY = Pattern.compile("^\\s*([A-Za-z0-9][\\w.-]*)\\s*=");
  private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"|'([^']*)'");
  private static final Pattern GO_REQUIRE = Pattern.compile("^\\s*(?:require\\s+)?(\\S+)\\s+v\\S+");
  private static final List<String> NPM_SECTIONS =
      List.of("dependencies", "devDependencies", "peerDependencies", "optionalDependencies");

  private BuildDependencies() {}

  /** The declared dependencies of {@code content} if {@code fileName} is a known build file. */
  static List<ModuleReference> of(String fileName, String content) {
    String base = fileName.substring(fileName.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    if (base.equals("pom.xml")) {
      return maven(content);
    }
    if (base.equals("build.gradle") || base.equals("build.gradle.kts")) {
      return gradle(content);
    }
    if (base.endsWith(".versions.toml")) {
      return catalog(content);
    }
    if (base.equals("package.json")) {
      return npm(content);
    }
    if (base.startsWith("requirements") && base.endsWith(".txt")) {
      return requirements(content);
    }
    if (base.equals("pyproject.toml")) {
      return pyproject(content);
    }
    if (base.equals("go.mod")) {
      return goMod(content);
    }
    return List.of();
  }

  private static List<ModuleReference> maven(String content) {
    String masked = blankMatches(content, XML_COMMENT);
    Lines lines = new Lines(content);
    List<ModuleReference> refs = new ArrayList<>();
    Matcher dep = MAVEN_DEPENDENCY.matcher(masked);
    while (dep.find()) {
      String body = blankMatches(dep.group(1), MAVEN_EXCLUSIONS);
      Matcher artifact = ARTIFACT_ID.matcher(body);
      if (!artifact.find()) {
        continue;
      }
      Matcher group = GROUP_ID.matcher(body);
      String groupId = group.find() ? group.group(1) : "";
      int offset = dep.start(1) + artifact.start(1);
      refs.add(lines.reference(offset, groupId + ":" + artifact.group(1), Kind.JVM_COORDINATE));
    }
    return refs;
  }

  private static List<ModuleReference> gradle(String content) {
    return coordinates(content, Syntax.JVM, GRADLE_COORDINATE);
  }

  private static List<ModuleReference> catalog(String content) {
    return coordinates(content, Syntax.PYTHON, CATALOG_MODULE);
  }

  /**
   * The coordinates in a Gradle build or version catalog, masked as {@code syntax}: each match of
   * {@code whole} (one group, {@code group:artifact}) and of the {@code group = ..., name = ...}
   * map form.
   */
  private static List<ModuleReference> coordinates(String content, Syntax syntax, Pattern whole) {
    String masked = CodeMask.mask(content, syntax, false);
    Lines lines = new Lines(content);
    List<ModuleReference> refs = new ArrayList<>();
    Matcher m = whole.matcher(masked);
    while (m.find()) {
      refs.add(lines.reference(m.start(1), m.group(1), Kind.JVM_COORDINATE));
    }
    m = GRADLE_MAP.matcher(masked);
    while (m.find()) {
      refs.add(lines.reference(m.start(1), m.group(1) + ":" + m.group(2), Kind.JVM_COORDINATE));
    }
    return refs;
  }

  private static List<ModuleReference> npm(String content) {
    JsonNode root;
    try {
      root = JSON.readTree(content);
    } catch (IOException e) {
      // Not JSON (yet): nothing can be declared by it; npm itself will refuse the file.
      return List.of();
    }
    if (root == null || !root.isObject()) {
      return List.of();
    }
    Lines lines = new Lines(content);
    List<ModuleReference> refs = new ArrayList<>();
    for (String section : NPM_SECTIONS) {
      JsonNode deps = root.get(section);
      if (deps == null || !deps.isObject()) {
        continue;
      }
      int sectionAt = Math.max(0, content.indexOf("\"" + section + "\""));
      for (Iterator<String> names = deps.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        int at = content.indexOf("\"" + name + "\"", sectionAt);
        refs.add(lines.reference(Math.max(0, at), name, Kind.NPM_DEPENDENCY));
      }
    }
    return refs;
  }

  private static List<ModuleReference> requirements(String content) {
    List<ModuleReference> refs = new ArrayList<>();
    String[] lines = content.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = stripHashComment(lines[i]);
      if (line.isBlank() || line.strip().startsWith("-")) {
        continue;
      }
      Matcher m = REQUIREMENT_NAME.matcher(line);
      if (m.find()) {
        refs.add(new ModuleReference(i + 1, lines[i].strip(), m.group(1), Kind.PYTHON_REQUIREMENT));
      }
    }
    return refs;
  }

  /**
   * PEP 621 arrays ({@code dependencies}, {@code optional-dependencies}, {@code dependency-groups})
   * and Poetry tables ({@code [tool.poetry.dependencies]} and groups).
   */
  private static List<ModuleReference> pyproject(String content) {
    List<ModuleReference> refs = new ArrayList<>();
    String[] lines = content.split("\n", -1);
    String table = "";
    boolean inArray = false;
    for (int i = 0; i < lines.length; i++) {
      String line = stripHashComment(lines[i]);
      Matcher header = TOML_TABLE.matcher(line);
      if (!inArray && header.find()) {
        table = header.group(1).replace("\"", "").toLowerCase(Locale.ROOT);
        continue;
      }
      Matcher arrayStart = TOML_ARRAY_START.matcher(line);
      String fromArray = line;
      if (!inArray && arrayStart.find()) {
        String key = arrayStart.group(1).replace("\"", "").toLowerCase(Locale.ROOT);
        inArray = dependencyArray(table, key);
        fromArray = line.substring(arrayStart.end());
      } else if (!inArray && table.endsWith("dependencies") && !table.equals("project")) {
        Matcher key = TOML_KEY.matcher(line);
        if (key.find() && !key.group(1).equalsIgnoreCase("python")) {
          refs.add(
              new ModuleReference(i + 1, lines[i].strip(), key.group(1), Kind.PYTHON_REQUIREMENT));
        }
        continue;
      }
      if (inArray) {
        Matcher quoted = QUOTED.matcher(fromArray);
        while (quoted.find()) {
          String spec = quoted.group(1) != null ? quoted.group(1) : quoted.group(2);
          Matcher name = REQUIREMENT_NAME.matcher(spec);
          if (name.find()) {
            refs.add(
                new ModuleReference(
                    i + 1, lines[i].strip(), name.group(1), Kind.PYTHON_REQUIREMENT));
          }
        }
        if (fromArray.contains("]")) {
          inArray = false;
        }
      }
    }
    return refs;
  }

  private static boolean dependencyArray(String table, String key) {
    return (table.equals("project") && key.equals("dependencies"))
        || table.equals("project.optional-dependencies")
        || table.equals("dependency-groups")
        || (table.equals("build-system") && key.equals("requires"));
  }

  private static List<ModuleReference> goMod(String content) {
    String masked = CodeMask.mask(content, Syntax.C_LIKE, false);
    String[] lines = masked.split("\n", -1);
    String[] original = content.split("\n", -1);
    List<ModuleReference> refs = new ArrayList<>();
    boolean inBlock = false;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.startsWith("require") && line.endsWith("(")) {
        inBlock = true;
        continue;
      }
      if (inBlock && line.startsWith(")")) {
        inBlock = false;
        continue;
      }
      if (inBlock || line.startsWith("require ")) {
        Matcher m = GO_REQUIRE.matcher(line);
        if (m.find()) {
          refs.add(
              new ModuleReference(i + 1, original[i].strip(), m.group(1), Kind.GO_REQUIREMENT));
        }
      }
    }
    return refs;
  }

  private static String stripHashComment(String line) {
    int hash = line.indexOf(" #");
    if (line.strip().startsWith("#")) {
      return "";
    }
    return hash < 0 ? line : line.substring(0, hash);
  }

  /** {@code text} with every match of {@code pattern} blanked, line breaks kept. */
  private static String blankMatches(String text, Pattern pattern) {
    StringBuilder out = new StringBuilder(text);
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      for (int i = m.start(); i < m.end(); i++) {
        if (out.charAt(i) != '\n') {
          out.setCharAt(i, ' ');
        }
      }
    }
    return out.toString();
  }
}
