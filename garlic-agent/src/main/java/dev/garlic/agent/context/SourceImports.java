package dev.garlic.agent.context;

import dev.garlic.agent.context.CodeMask.Syntax;
import dev.garlic.agent.context.ModuleReference.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the modules a source file imports: Java, Kotlin, Scala and Groovy {@code import}s, Python
 * {@code import} / {@code from ... import} / {@code importlib.import_module}, JavaScript and
 * TypeScript {@code import ... from}, {@code export ... from}, {@code require} and dynamic {@code
 * import()}, and Go imports. Comments, and imports spelled inside string literals, are ignored.
 */
final class SourceImports {

  private static final Pattern JVM_IMPORT =
      Pattern.compile("(?m)^[ \\t]*import[ \\t]+(?:static[ \\t]+)?([A-Za-z_$][\\w$.]*)");
  private static final Pattern PY_IMPORT = Pattern.compile("(?m)^[ \\t]*import[ \\t]+([^\\n;]+)");
  private static final Pattern PY_FROM =
      Pattern.compile("(?m)^[ \\t]*from[ \\t]+([A-Za-z_][\\w.]*)[ \\t]+import\\b");
  private static final Pattern PY_DYNAMIC =
      Pattern.compile("(?:\\bimportlib\\.import_module|\\b__import__)\\s*\\(\\s*(['\"])");
  private static final Pattern JS_STATIC =
      Pattern.compile("(?<![\\w.$])(?:import|export)\\s*(?:[\\w$*{}\\s,]*?\\s*from\\s*)?(['\"])");
  private static final Pattern JS_CALL =
      Pattern.compile("(?<![\\w.$])(?:require|import)\\s*\\(\\s*(['\"])");
  private static final Pattern GO_SINGLE =
      Pattern.compile("(?m)^[ \\t]*import[ \\t]+(?:[\\w.]+[ \\t]+)?([\"`])");
  private static final Pattern GO_BLOCK = Pattern.compile("(?m)^[ \\t]*import[ \\t]*\\(");
  private static final Pattern GO_BLOCK_LINE =
      Pattern.compile("(?m)^[ \\t]*(?:[\\w.]+[ \\t]+)?([\"`])|^[ \\t]*\\)");

  private SourceImports() {}

  /** The imports of {@code content} if {@code fileName} is a source file of a known language. */
  static List<ModuleReference> of(String fileName, String content) {
    String ext = extension(fileName);
    return switch (ext) {
      case "java", "kt", "kts", "scala", "groovy" -> jvm(content);
      case "py", "pyi" -> python(content);
      case "js", "jsx", "mjs", "cjs", "ts", "tsx", "mts", "cts" -> javascript(content);
      case "go" -> go(content);
      default -> List.of();
    };
  }

  private static List<ModuleReference> jvm(String content) {
    Lines lines = new Lines(content);
    List<ModuleReference> refs = new ArrayList<>();
    Matcher m = JVM_IMPORT.matcher(CodeMask.mask(content, Syntax.JVM, true));
    while (m.find()) {
      String name = trimDots(m.group(1));
      refs.add(lines.reference(m.start(1), name, Kind.JVM_IMPORT));
    }
    return refs;
  }

  private static List<ModuleReference> python(String content) {
    Lines lines = new Lines(content);
    String masked = CodeMask.mask(content, Syntax.PYTHON, true);
    List<ModuleReference> refs = new ArrayList<>();
    Matcher m = PY_IMPORT.matcher(masked);
    while (m.find()) {
      for (String part : m.group(1).split(",")) {
        String name = part.strip().split("\\s+")[0].replace("(", "").replace(")", "");
        if (!name.isEmpty() && Character.isJavaIdentifierStart(name.charAt(0))) {
          refs.add(lines.reference(m.start(1), trimDots(name), Kind.PYTHON_IMPORT));
        }
      }
    }
    m = PY_FROM.matcher(masked);
    while (m.find()) {
      refs.add(lines.reference(m.start(1), trimDots(m.group(1)), Kind.PYTHON_IMPORT));
    }
    m = PY_DYNAMIC.matcher(masked);
    while (m.find()) {
      refs.add(literal(content, lines, m.start(1), Kind.PYTHON_IMPORT));
    }
    return refs;
  }

  private static List<ModuleReference> javascript(String content) {
    Lines lines = new Lines(content);
    String masked = CodeMask.mask(content, Syntax.C_LIKE, true);
    List<ModuleReference> refs = new ArrayList<>();
    for (Pattern pattern : List.of(JS_STATIC, JS_CALL)) {
      Matcher m = pattern.matcher(masked);
      while (m.find()) {
        refs.add(literal(content, lines, m.start(1), Kind.JS_IMPORT));
      }
    }
    return refs;
  }

  private static List<ModuleReference> go(String content) {
    Lines lines = new Lines(content);
    String masked = CodeMask.mask(content, Syntax.C_LIKE, true);
    List<ModuleReference> refs = new ArrayList<>();
    Matcher single = GO_SINGLE.matcher(masked);
    while (single.find()) {
      refs.add(literal(content, lines, single.start(1), Kind.GO_IMPORT));
    }
    Matcher block = GO_BLOCK.matcher(masked);
    while (block.find()) {
      Matcher line = GO_BLOCK_LINE.matcher(masked);
      line.region(block.end(), masked.length());
      while (line.find() && line.group(1) != null) {
        refs.add(literal(content, lines, line.start(1), Kind.GO_IMPORT));
      }
    }
    return refs;
  }

  /** The string literal whose opening quote is at {@code quoteAt} in {@code content}. */
  private static ModuleReference literal(String content, Lines lines, int quoteAt, Kind kind) {
    char quote = content.charAt(quoteAt);
    int end = content.indexOf(quote, quoteAt + 1);
    String name = content.substring(quoteAt + 1, end < 0 ? content.length() : end);
    return lines.reference(quoteAt, name, kind);
  }

  private static String trimDots(String name) {
    String out = name;
    while (out.endsWith(".") || out.endsWith(".*") || out.endsWith("._")) {
      out = out.substring(0, out.lastIndexOf('.'));
    }
    return out;
  }

  static String extension(String fileName) {
    int slash = fileName.lastIndexOf('/');
    String base = fileName.substring(slash + 1);
    int dot = base.lastIndexOf('.');
    return dot < 0 ? "" : base.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** Maps offsets of a text to 1-based line numbers and line texts. */
  static final class Lines {
    private final String text;
    private final List<Integer> starts = new ArrayList<>();

    Lines(String text) {
      this.text = text;
      starts.add(0);
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) == '\n') {
          starts.add(i + 1);
        }
      }
    }

    int lineOf(int offset) {
      int lo = 0;
      int hi = starts.size() - 1;
      while (lo < hi) {
        int mid = (lo + hi + 1) >>> 1;
        if (starts.get(mid) <= offset) {
          lo = mid;
        } else {
          hi = mid - 1;
        }
      }
      return lo + 1;
    }

    String lineText(int line) {
      int from = starts.get(line - 1);
      int to = line < starts.size() ? starts.get(line) - 1 : text.length();
      return text.substring(from, Math.max(from, to)).strip();
    }

    ModuleReference reference(int offset, String name, Kind kind) {
      int line = lineOf(offset);
      return new ModuleReference(line, lineText(line), name, kind);
    }
  }
}
