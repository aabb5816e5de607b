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
 *   <li>{@code @def.KIND} the whole definition, with {@code @name} its name, optionally {@code
 *       @receiver} the type a Go method belongs to and {@code @doc} a Python docstring;
 *   <li>{@code @scope} a node that names the definitions inside it without being one (a Rust
 *       {@code impl}), with {@code @name};
 *   <li>{@code @ref.KIND} the name used by a reference;
 *   <li>{@code @import}, or {@code @import.from} with {@code @import.name}, and {@code @package};
 *   <li>{@code @comment} comments, and {@code @skip} nodes that may stand between a doc comment and
 *       its definition (Rust attributes, Python decorators).
 * </ul>
 *
 * Everything is read out of the tree here, once: each call into the binding is expensive. When
 * several patterns capture the same node, the first pattern in the file wins.
 */
final class Captures {

  /** A definition (or a scope, whose kind is {@code scope}), by byte range. */
  record Definition(
      String kind,
      int start,
      int end,
      String name,
      int nameStart,
      @Nullable String receiver,
      int bodyStart,
      @Nullable String docstring,
      int pattern) {}

  /** A reference: how the name is used, the name and where it is. */
  record Reference(String kind, String name, int start, int end, int pattern) {}

  /** A comment or a node to look past when searching for a doc comment. */
  record Trivia(int start, int end, boolean comment) {}

  private final SourceText source;
  private final int bodyField;
  private final Map<Long, Definition> definitions = new HashMap<>();
  private final Map<Integer, Reference> references = new HashMap<>();
  private final List<Trivia> trivia = new ArrayList<>();
  private final Set<String> imports = new LinkedHashSet<>();
  private @Nullable String packageName;

  private Captures(SourceText source, int bodyField) {
    this.source = source;
    this.bodyField = bodyField;
  }

  /**
   * Runs {@code query} over {@code root}.
   *
   * @param bodyField the grammar's id of the field {@code body}, or 0 when it has none
   */
  static Captures run(
      TSQuery query,
      String[] captureNames,
      int bodyField,
      TSNode root,
      String text,
      SourceText source) {
    Captures captures = new Captures(source, bodyField);
    try (TSQueryCursor cursor = new TSQueryCursor()) {
      cursor.exec(query, root, text);
      TSQueryMatch match = new TSQueryMatch();
      while (cursor.nextMatch(match)) {
        captures.add(match.getPatternIndex(), match.getCaptures(), captureNames);
      }
    }
    captures.trivia.sort((a, b) -> Integer.compare(a.end(), b.end()));
    return captures;
  }

  private void add(int pattern, TSQueryCapture[] found, String[] captureNames) {
    String main = null;
    TSNode mainNode = null;
    TSNode name = null;
    TSNode receiver = null;
    TSNode doc = null;
    String from = null;
    List<String> importNames = new ArrayList<>(1);
    for (TSQueryCapture capture : found) {
      String captureName = captureNames[capture.getIndex()];
      TSNode node = capture.getNode();
      switch (captureName) {
        case "name" -> name = node;
        case "receiver" -> receiver = node;
        case "doc" -> doc = node;
        case "comment", "skip" ->
            trivia.add(
                new Trivia(node.getStartByte(), node.getEndByte(), captureName.equals("comment")));
        case "import" -> imports.add(NameText.cleanImport(source.text(node)));
        case "import.from" -> from = NameText.cleanImport(source.text(node));
        case "import.name" -> importNames.add(NameText.cleanImport(source.text(node)));
        case "package" -> packageName = NameText.cleanImport(source.text(node));
        default -> {
          if (captureName.startsWith("def.")
              || captureName.startsWith("ref.")
              || captureName.equals("scope")) {
            main = captureName;
            mainNode = node;
          }
        }
      }
    }
    for (String imported : importNames) {
      imports.add(from == null ? imported : from + "." + imported);
    }
    if (main == null || mainNode == null) {
      return;
    }
    if (main.startsWith("ref.")) {
      addReference(pattern, main.substring(4), mainNode);
    } else if (name != null) {
      addDefinition(
          pattern,
          main.equals("scope") ? "scope" : main.substring(4),
          mainNode,
          name,
          receiver,
          doc);
    }
  }

  private void addReference(int pattern, String kind, TSNode node) {
    int start = node.getStartByte();
    int end = node.getEndByte();
    references.merge(
        start,
        new Reference(kind, source.slice(start, end), start, end, pattern),
        (a, b) -> a.pattern() <= b.pattern() ? a : b);
  }

  private void addDefinition(
      int pattern,
      String kind,
      TSNode node,
      TSNode name,
      @Nullable TSNode receiver,
      @Nullable TSNode doc) {
    int start = node.getStartByte();
    int nameStart = name.getStartByte();
    long key = ((long) start << 32) | nameStart;
    Definition existing = definitions.get(key);
    if (existing != null && existing.pattern() <= pattern) {
      return;
    }
    int bodyStart = -1;
    if (bodyField > 0) {
      TSNode body = node.getChildByFieldId(bodyField);
      bodyStart = body.isNull() ? -1 : body.getStartByte();
    }
    definitions.put(
        key,
        new Definition(
            kind,
            start,
            node.getEndByte(),
            source.slice(nameStart, name.getEndByte()),
            nameStart,
            receiver == null ? null : source.text(receiver),
            bodyStart,
            doc == null ? null : source.text(doc),
            pattern));
  }

  /** Definitions and scopes, outermost first among those that start at the same place. */
  List<Definition> definitions() {
    List<Definition> sorted = new ArrayList<>(definitions.values());
    sorted.sort(
        (a, b) ->
            a.start() != b.start()
                ? Integer.compare(a.start(), b.start())
                : Integer.compare(b.end(), a.end()));
    return sorted;
  }

  /** References in source order, without the names of definitions that a broad pattern caught. */
  List<Reference> references() {
    Set<Integer> definitionNames = new HashSet<>();
    for (Definition definition : definitions.values()) {
      definitionNames.add(definition.nameStart());
    }
    List<Reference> sorted = new ArrayList<>(references.size());
    for (Reference reference : references.values()) {
      if (!definitionNames.contains(reference.start())) {
        sorted.add(reference);
      }
    }
    sorted.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return sorted;
  }

  /** Comments and skipped nodes, by end offset. */
  List<Trivia> trivia() {
    return trivia;
  }

  List<String> imports() {
    return List.copyOf(imports);
  }

  @Nullable String packageName() {
    return packageName;
  }
}
