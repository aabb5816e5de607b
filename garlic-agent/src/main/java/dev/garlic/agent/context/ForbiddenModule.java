package dev.garlic.agent.context;

import dev.garlic.agent.context.ModuleReference.Kind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses files that import, or build files that declare a dependency on, a named module: {@code
 * pandas}, {@code lodash}, {@code java.util.logging}, {@code com.google.guava:guava}, {@code
 * github.com/pkg/errors}. Names compare case-insensitively; a name matches its sub-modules ({@code
 * pandas} matches {@code pandas.io}, {@code lodash} matches {@code lodash/fp}), a dot-free name
 * also matches a whole segment of a JVM or Go path ({@code lombok} matches {@code lombok.Data},
 * {@code jackson} matches {@code com.fasterxml.jackson.core:jackson-databind}), and a few
 * well-known libraries whose import differs from their distribution name are known under both
 * ({@code guava} is {@code com.google.common}, {@code scikit-learn} is {@code sklearn}).
 *
 * @param name the module as the user named it
 */
public record ForbiddenModule(String name) implements Check {

  private static final List<Set<String>> ALIASES =
      List.of(
          Set.of("guava", "com.google.common", "com.google.guava"),
          Set.of("scikit-learn", "sklearn"),
          Set.of("beautifulsoup4", "beautifulsoup", "bs4"),
          Set.of("pyyaml", "yaml"),
          Set.of("pillow", "pil"),
          Set.of("opencv", "opencv-python", "cv2"),
          Set.of("python-dateutil", "dateutil"),
          Set.of("commons-lang3", "org.apache.commons.lang3"),
          Set.of("log4j", "org.apache.logging.log4j", "org.apache.log4j"),
          Set.of("okhttp", "okhttp3"),
          Set.of("spring", "org.springframework"));

  public ForbiddenModule {
    if (name.isBlank()) {
      throw new IllegalArgumentException("a forbidden module needs a name");
    }
  }

  @Override
  public List<Violation> violations(String path, String content) {
    return violationsIn(path, references(path, content));
  }

  /** The modules {@code content}, the content of {@code path}, imports or declares. */
  static List<ModuleReference> references(String path, String content) {
    List<ModuleReference> refs = new ArrayList<>(SourceImports.of(path, content));
    refs.addAll(BuildDependencies.of(path, content));
    return refs;
  }

  /** The violations among {@code refs}, the {@link #references} of {@code path}. */
  List<Violation> violationsIn(String path, List<ModuleReference> refs) {
    List<Violation> found = new ArrayList<>();
    for (ModuleReference ref : refs) {
      if (matches(ref)) {
        String what =
            ref.kind().declaration()
                ? "declares a dependency on " + ref.name()
                : "imports " + ref.name();
        String instead =
            ref.kind().declaration()
                ? "remove that dependency and do without " + name
                : "rewrite it without " + name;
        found.add(new Violation(path, ref.line(), ref.lineText(), what, instead, null));
      }
    }
    return found;
  }

  @Override
  public String describe() {
    return "imports of, or dependencies on, " + name;
  }

  /** Whether {@code ref} names this module. */
  boolean matches(ModuleReference ref) {
    String found = ref.name().toLowerCase(Locale.ROOT);
    for (String spelling : spellings()) {
      boolean hit =
          switch (ref.kind()) {
            case JVM_IMPORT, PYTHON_IMPORT ->
                dotted(found, spelling, ref.kind() == Kind.JVM_IMPORT);
            case JVM_COORDINATE -> coordinate(found, spelling);
            case PYTHON_REQUIREMENT -> pep503(found).equals(pep503(spelling));
            case JS_IMPORT, NPM_DEPENDENCY -> npm(found, spelling);
            case GO_IMPORT, GO_REQUIREMENT -> slashed(found, spelling);
          };
      if (hit) {
        return true;
      }
    }
    return false;
  }

  private Set<String> spellings() {
    String own = name.toLowerCase(Locale.ROOT);
    Set<String> all = new LinkedHashSet<>();
    all.add(own);
    for (Set<String> group : ALIASES) {
      if (group.contains(own)) {
        all.addAll(group);
      }
    }
    return all;
  }

  private static boolean dotted(String found, String spelling, boolean segments) {
    if (found.equals(spelling) || found.startsWith(spelling + ".")) {
      return true;
    }
    return segments && isWord(spelling) && List.of(found.split("\\.")).contains(spelling);
  }

  private static boolean coordinate(String found, String spelling) {
    if (spelling.contains(":")) {
      return found.equals(spelling) || found.startsWith(spelling + ":");
    }
    int colon = found.indexOf(':');
    String group = colon < 0 ? found : found.substring(0, colon);
    String artifact = colon < 0 ? "" : found.substring(colon + 1);
    return artifact.equals(spelling)
        || (isWord(spelling) && artifact.startsWith(spelling + "-"))
        || dotted(group, spelling, true);
  }

  private static boolean npm(String found, String spelling) {
    String module = found.startsWith("node:") ? found.substring(5) : found;
    String wanted = spelling.startsWith("node:") ? spelling.substring(5) : spelling;
    return module.equals(wanted) || module.startsWith(wanted + "/");
  }

  private static boolean slashed(String found, String spelling) {
    if (found.equals(spelling) || found.startsWith(spelling + "/")) {
      return true;
    }
    return isWord(spelling) && List.of(found.split("/")).contains(spelling);
  }

  /** A name with no separators, which may match one segment of a longer path. */
  private static boolean isWord(String spelling) {
    return spelling.chars().noneMatch(c -> c == '.' || c == '/' || c == ':');
  }

  private static String pep503(String distribution) {
    return distribution.replaceAll("[-_.]+", "-");
  }
}
