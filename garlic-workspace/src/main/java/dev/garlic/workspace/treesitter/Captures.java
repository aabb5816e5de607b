package dev.garlic.workspace.treesitter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.treesitter.TSNode;
import org.treesitter.TSQuery;
import org.treesitter.TSQueryCapture;
import org.treesitter.TSQueryCursor;
import org.treesitter.TSQueryMatch;

/**
 * What one run of a language's query found in one tree, sorted out by the capture naming
 * convention of the query files:
 *
 * <ul>
 *   <li>{@code @def.KIND} the whole definition, with {@code @name} its name and optionally {@code
 *       @receiver} the type a Go method belongs to;
 *   <li>{@code @scope} a node that names the definitions inside it without being one (a Rust
 *       {@code impl}), with {@code @name};
 *   <li>{@code @ref.KIND} the name used by a reference;
 *   <li>{@code @import}, or {@code @import.from} with {@code @import.name}, and {@code @package}.
 * </ul>
 *
 * When several patterns capture the same node, the first pattern in the file wins.
 */
final class Captures {

  /** A definition (or a scope, whose kind is {@code scope}) and its name. */
  record Definition(
      String kind, TSNode node, TSNode name, @Nullable TSNode receiver, int pattern) {}

  /** A reference: how the name is used, the name node, and the pattern that found it. */
  record Reference(String kind, TSNode name, int pattern) {}

  private final Map<Long, Definition> definitions = new HashMap<>();
  private final Map<Integer, Reference> references = new HashMap<>();
  private final Set<String> imports = new LinkedHashSet<>();
  private @Nullable String packageName;

  private Captures() {}

  static Captures run(TSQuery query, String[] captureNames, TSNode root, String text, SourceText source) {
    Captures captures = new Captures();
    try (TSQueryCursor cursor = new TSQueryCursor()) {
      cursor.exec(query, root, text);
      TSQueryMatch match = new TSQueryMatch();
      while (cursor.nextMatch(match)) {
        captures.add(match.getPatternIndex(), match.getCaptures(), captureNames, source);
      }
    }
    return captures;
  }

  private void add(int pattern, TSQueryCapture[] found, String[] captureNames, SourceText source) {
    String main = null;
    TSNode mainNode = null;
    TSNode name = null;
    TSNode receiver = null;
    String from = null;
    List<String> importNames = new ArrayList<>(1);
    for (TSQueryCapture capture : found) {
      String captureName = captureNames[capture.getIndex()];
      TSNode node = capture.getNode();
      switch (captureName) {
        case "name" -> name = node;
        case "receiver" -> receiver = node;
        case "import" -> imports.add(NameText.cleanImport(source.text(node)));
        case "import.from" -> from = NameText.cleanImport(source.text(node));
        case "import.name" -> importNames.add(NameText.cleanImport(source.text(node)));
        case "package" -> packageName = NameText.cleanImport(source.text(node));
        default -> {
          if (captureName.startsWith("def.") || captureName.startsWith("ref.") || captureName.equals("scope")) {
            main = captureName;
            mainNode = node;
          }
        }
      }
    }
    for (String imported : importNames) {
      imports.add(from == null ? imported : from + "." + imported);
    }
    if (main != null && mainNode != null) {
      addMain(pattern, main, mainNode, name, receiver);
    }
  }

  private void addMain(
      int pattern, String capture, TSNode node, @Nullable TSNode name, @Nullable TSNode receiver) {
    if (capture.startsWith("ref.")) {
      references.merge(
          node.getStartByte(),
          new Reference(capture.substring(4), node, pattern),
          (a, b) -> a.pattern() <= b.pattern() ? a : b);
    } else if (name != null) {
      String kind = capture.equals("scope") ? "scope" : capture.substring(4);
      long key = ((long) node.getStartByte() << 32) | name.getStartByte();
      definitions.merge(
          key,
          new Definition(kind, node, name, receiver, pattern),
          (a, b) -> a.pattern() <= b.pattern() ? a : b);
    }
  }

  /** Definitions and scopes, outermost first among those that start at the same place. */
  List<Definition> definitions() {
    List<Definition> sorted = new ArrayList<>(definitions.values());
    sorted.sort(
        (a, b) ->
            a.node().getStartByte() != b.node().getStartByte()
                ? Integer.compare(a.node().getStartByte(), b.node().getStartByte())
                : Integer.compare(b.node().getEndByte(), a.node().getEndByte()));
    return sorted;
  }

  /** References in source order, without the names of definitions that a broad pattern caught. */
  List<Reference> references() {
    Set<Integer> definitionNames = new HashSet<>();
    for (Definition definition : definitions.values()) {
      definitionNames.add(definition.name().getStartByte());
    }
    List<Reference> sorted = new ArrayList<>(references.size());
    for (Reference reference : references.values()) {
      if (!definitionNames.contains(reference.name().getStartByte())) {
        sorted.add(reference);
      }
    }
    sorted.sort((a, b) -> Integer.compare(a.name().getStartByte(), b.name().getStartByte()));
    return sorted;
  }

  List<String> imports() {
    return List.copyOf(imports);
  }

  @Nullable String packageName() {
    return packageName;
  }
}
