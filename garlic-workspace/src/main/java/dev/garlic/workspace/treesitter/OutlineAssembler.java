package dev.garlic.workspace.treesitter;

import dev.garlic.protocol.Location;
import dev.garlic.protocol.code.RefKind;
import dev.garlic.protocol.code.SymbolDef;
import dev.garlic.protocol.code.SymbolKind;
import dev.garlic.protocol.code.SymbolRef;
import dev.garlic.workspace.outline.Outline;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Turns the captures of one file into its outline: nests definitions by their source ranges to give
 * qualified names and containers, settles kinds that depend on the container (a function in a class
 * is a method), and finds the definition that encloses each reference.
 */
final class OutlineAssembler {

  private static final Map<String, SymbolKind> KINDS =
      Map.ofEntries(
          Map.entry("class", SymbolKind.CLASS),
          Map.entry("interface", SymbolKind.INTERFACE),
          Map.entry("enum", SymbolKind.ENUM),
          Map.entry("record", SymbolKind.RECORD),
          Map.entry("annotation", SymbolKind.ANNOTATION),
          Map.entry("trait", SymbolKind.TRAIT),
          Map.entry("struct", SymbolKind.STRUCT),
          Map.entry("type", SymbolKind.TYPE_ALIAS),
          Map.entry("module", SymbolKind.MODULE),
          Map.entry("method", SymbolKind.METHOD),
          Map.entry("constructor", SymbolKind.CONSTRUCTOR),
          Map.entry("field", SymbolKind.FIELD),
          Map.entry("enum_constant", SymbolKind.ENUM_CONSTANT),
          Map.entry("constant", SymbolKind.CONSTANT),
          Map.entry("macro", SymbolKind.MACRO));

  private static final Map<String, RefKind> REF_KINDS =
      Map.of(
          "call", RefKind.CALL,
          "new", RefKind.INSTANTIATION,
          "type", RefKind.TYPE_USE,
          "extends", RefKind.EXTENDS,
          "implements", RefKind.IMPLEMENTS,
          "annotation", RefKind.ANNOTATION,
          "field", RefKind.FIELD_ACCESS);

  /** A definition or scope while nesting: its byte range and what it contributes to names. */
  private record Frame(int start, int end, String qualifiedName, boolean typeLike, boolean isDef) {}

  private final Grammar grammar;
  private final String path;
  private final SourceText source;

  OutlineAssembler(Grammar grammar, String path, SourceText source) {
    this.grammar = grammar;
    this.path = path;
    this.source = source;
  }

  Outline assemble(Captures captures, List<String> problems) {
    String packageName = captures.packageName();
    String prefix = prefix(packageName);
    DocComments comments = new DocComments(source, captures.trivia());
    List<Frame> defFrames = new ArrayList<>();
    List<SymbolDef> definitions = new ArrayList<>();
    Deque<Frame> stack = new ArrayDeque<>();
    for (Captures.Definition found : captures.definitions()) {
      while (!stack.isEmpty() && stack.peek().end() <= found.start()) {
        stack.pop();
      }
      Frame frame = define(found, stack.peek(), prefix, comments, definitions);
      stack.push(frame);
      if (frame.isDef()) {
        defFrames.add(frame);
      }
    }
    return new Outline(
        path,
        grammar.language().id(),
        packageName,
        captures.imports(),
        definitions,
        references(captures.references(), defFrames),
        problems);
  }

  /**
   * Where a definition sits among names: its simple name, the qualified name of what contains it,
   * and its own qualified name. {@code qualifiedByName} is set when the definition names its
   * container itself (Go receivers, C++ {@code Shape::area}).
   */
  private record Placement(
      String name, @Nullable String container, String qualifiedName, boolean qualifiedByName) {}

  private Placement place(
      Captures.Definition found, @Nullable Frame parent, @Nullable String prefix) {
    List<String> segments = NameText.segments(found.name());
    String name = segments.getLast();
    String receiver = found.receiver();
    String container = parent == null ? null : parent.qualifiedName();
    if (receiver != null) {
      container = join(prefix, NameText.typeName(receiver));
    }
    String base = container == null ? prefix : container;
    for (String segment : segments.subList(0, segments.size() - 1)) {
      base = join(base, segment);
      container = base;
    }
    return new Placement(
        name, container, join(base, name), receiver != null || segments.size() > 1);
  }

  private Frame define(
      Captures.Definition found,
      @Nullable Frame parent,
      @Nullable String prefix,
      DocComments comments,
      List<SymbolDef> out) {
    Placement placement = place(found, parent, prefix);
    if (found.kind().equals("scope")) {
      return new Frame(found.start(), found.end(), placement.qualifiedName(), true, false);
    }
    boolean inType = placement.qualifiedByName() || (parent != null && parent.typeLike());
    SymbolKind kind = kind(found.kind(), placement, inType);
    // A definition that shares its first line with its container (enum constants, one-line
    // classes) starts where it starts; otherwise its line carries its modifiers and keywords.
    int declarationStart =
        parent != null && source.line(parent.start()) == source.line(found.start())
            ? found.start()
            : source.lineIndent(found.start());
    String doc =
        found.docstring() != null
            ? DocComments.firstSentence(found.docstring())
            : comments.above(declarationStart);
    out.add(
        new SymbolDef(
            placement.name(),
            placement.qualifiedName(),
            kind,
            DeclarationText.signature(
                source, comments, declarationStart, found.start(), found.end(), found.bodyStart()),
            Location.lines(
                path, source.line(found.start()), source.endLine(found.start(), found.end())),
            doc,
            grammar.language().id(),
            placement.container()));
    return new Frame(found.start(), found.end(), placement.qualifiedName(), kind.isType(), true);
  }

  /**
   * The kind of a definition, where a function in a type is a method, and a constructor when it has
   * the constructor name of its language or the name of its type; a variable named in capitals is a
   * constant, and one in a type a field.
   */
  private SymbolKind kind(String captured, Placement placement, boolean inType) {
    String name = placement.name();
    String container = placement.container();
    boolean namedLikeType =
        container != null && (container.endsWith("." + name) || container.equals(name));
    return switch (captured) {
      case "function" ->
          !inType
              ? SymbolKind.FUNCTION
              : grammar.isConstructorName(name) || namedLikeType
                  ? SymbolKind.CONSTRUCTOR
                  : SymbolKind.METHOD;
      case "variable" ->
          NameText.isConstantCase(name)
              ? SymbolKind.CONSTANT
              : inType ? SymbolKind.FIELD : SymbolKind.VARIABLE;
      default -> KINDS.getOrDefault(captured, SymbolKind.OTHER);
    };
  }

  private List<SymbolRef> references(List<Captures.Reference> found, List<Frame> defFrames) {
    List<SymbolRef> references = new ArrayList<>(found.size());
    Deque<Frame> open = new ArrayDeque<>();
    int next = 0;
    for (Captures.Reference reference : found) {
      int at = reference.start();
      while (next < defFrames.size() && defFrames.get(next).start() <= at) {
        Frame frame = defFrames.get(next++);
        while (!open.isEmpty() && open.peek().end() <= frame.start()) {
          open.pop();
        }
        open.push(frame);
      }
      while (!open.isEmpty() && open.peek().end() <= at) {
        open.pop();
      }
      references.add(reference(reference, open.isEmpty() ? null : open.peek().qualifiedName()));
    }
    return references;
  }

  private SymbolRef reference(Captures.Reference reference, @Nullable String enclosing) {
    int line = source.line(reference.start());
    int column = source.column(reference.start());
    return new SymbolRef(
        NameText.segments(reference.name()).getLast(),
        null,
        List.of(),
        REF_KINDS.getOrDefault(reference.kind(), RefKind.OTHER),
        new Location(path, line, column, line, column + reference.name().length()),
        enclosing);
  }

  private @Nullable String prefix(@Nullable String packageName) {
    return switch (grammar.prefix()) {
      case NONE -> null;
      case PACKAGE -> packageName == null ? null : String.join(".", NameText.segments(packageName));
      case MODULE_PATH -> modulePath(path);
    };
  }

  /** {@code src/pkg/mod.py} is module {@code pkg.mod}; {@code pkg/__init__.py} is {@code pkg}. */
  static @Nullable String modulePath(String path) {
    int dot = path.lastIndexOf('.');
    String noExtension = dot > path.lastIndexOf('/') ? path.substring(0, dot) : path;
    List<String> parts = new ArrayList<>();
    for (String part : noExtension.split("/")) {
      if (!part.isEmpty()) {
        parts.add(part);
      }
    }
    if (parts.size() > 1 && parts.getFirst().equals("src")) {
      parts.removeFirst();
    }
    if (parts.getLast().equals("__init__")) {
      parts.removeLast();
    }
    return parts.isEmpty() ? null : String.join(".", parts);
  }

  private static String join(@Nullable String base, String name) {
    return base == null || base.isEmpty() ? name : base + "." + name;
  }
}
