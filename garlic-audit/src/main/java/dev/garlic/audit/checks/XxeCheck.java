package dev.garlic.audit.checks;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.garlic.audit.SourceFile;
import dev.garlic.audit.constant.Declarations.Declaration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * CWE-611, {@code xxe}: an XML parser made from a {@code DocumentBuilderFactory}, {@code
 * SAXParserFactory}, {@code XMLInputFactory}, {@code TransformerFactory}, {@code SchemaFactory},
 * {@code XMLReaderFactory}, dom4j {@code SAXReader} or JDOM {@code SAXBuilder} whose instance is
 * used without being hardened first. Hardened means, on the factory or on what it makes (the
 * builder, parser or reader): DOCTYPE declarations disallowed, external general and parameter
 * entities both off, {@code FEATURE_SECURE_PROCESSING} on (not for StAX), {@code
 * ACCESS_EXTERNAL_DTD} (or, for schemas, {@code ACCESS_EXTERNAL_SCHEMA}) set to {@code ""}, StAX's
 * {@code SUPPORT_DTD} or {@code IS_SUPPORTING_EXTERNAL_ENTITIES} off, or an entity resolver set. A
 * feature name or value that is not a constant counts as hardening, and a factory handed to another
 * method or returned may be hardened there: neither is reported. The finding is at the first use.
 */
public final class XxeCheck extends FileCheck {

  /** What kind of parser a factory makes. */
  enum Kind {
    DOM,
    SAX,
    STAX,
    TRANSFORMER,
    SCHEMA,
    READER
  }

  private static final Map<String, Kind> FACTORIES =
      Map.of(
          "DocumentBuilderFactory", Kind.DOM,
          "SAXParserFactory", Kind.SAX,
          "XMLInputFactory", Kind.STAX,
          "TransformerFactory", Kind.TRANSFORMER,
          "SAXTransformerFactory", Kind.TRANSFORMER,
          "SchemaFactory", Kind.SCHEMA,
          "XMLReaderFactory", Kind.READER);
  private static final Set<String> FACTORY_METHODS =
      Set.of(
          "newInstance",
          "newDefaultInstance",
          "newNSInstance",
          "newDefaultNSInstance",
          "newFactory",
          "newDefaultFactory",
          "createXMLReader");
  private static final Map<Kind, Set<String>> USES =
      Map.of(
          Kind.DOM, Set.of("newDocumentBuilder"),
          Kind.SAX, Set.of("newSAXParser"),
          Kind.STAX, Set.of("createXMLStreamReader", "createXMLEventReader"),
          Kind.TRANSFORMER, Set.of("newTransformer", "newTemplates", "newTransformerHandler"),
          Kind.SCHEMA, Set.of("newSchema"),
          Kind.READER, Set.of("parse", "read", "build"));

  /** Calls whose result carries on the configuration of the object they are called on. */
  private static final Set<String> DERIVED =
      Set.of(
          "newDocumentBuilder",
          "newSAXParser",
          "getXMLReader",
          "newTransformer",
          "newSchema",
          "newValidator",
          "newTemplates");

  private static final Set<String> STREAM_SOURCES = Set.of("StreamSource", "SAXSource");

  static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";
  static final String SECURE_PROCESSING = "http://javax.xml.XMLConstants/feature/secure-processing";
  static final String EXTERNAL_GENERAL = "http://xml.org/sax/features/external-general-entities";
  static final String EXTERNAL_PARAMETER =
      "http://xml.org/sax/features/external-parameter-entities";
  static final String ACCESS_EXTERNAL_DTD =
      "http://javax.xml.XMLConstants/property/accessExternalDTD";
  static final String ACCESS_EXTERNAL_SCHEMA =
      "http://javax.xml.XMLConstants/property/accessExternalSchema";
  static final String SUPPORT_DTD = "javax.xml.stream.supportDTD";
  static final String EXTERNAL_ENTITIES = "javax.xml.stream.isSupportingExternalEntities";

  public XxeCheck() {
    super("xxe");
  }

  @Override
  void scan(SourceFile file, Scan scan) {
    for (MethodCallExpr m : file.unit().findAll(MethodCallExpr.class)) {
      if (!FACTORY_METHODS.contains(m.getNameAsString()) || m.getScope().isEmpty()) {
        continue;
      }
      String scope = m.getScope().get().toString();
      Kind kind = FACTORIES.get(scope.substring(scope.lastIndexOf('.') + 1));
      if (kind != null) {
        judge(m, kind, scope.substring(scope.lastIndexOf('.') + 1), scan);
      }
    }
    for (ObjectCreationExpr o : file.unit().findAll(ObjectCreationExpr.class)) {
      String type = o.getType().getNameAsString();
      if (type.equals("SAXReader") || type.equals("SAXBuilder")) {
        judge(o, Kind.READER, type, scan);
      }
    }
  }

  private static void judge(Expression creation, Kind kind, String type, Scan scan) {
    Optional<Declaration> d = Variables.storedIn(creation);
    if (d.isEmpty()) {
      Node parent = creation.getParentNode().orElse(null);
      if (parent instanceof MethodCallExpr use
          && use.getScope().orElse(null) == creation
          && USES.get(kind).contains(use.getNameAsString())) {
        Optional<Node> site = parseSite(use, kind);
        List<MethodCallExpr> configs = new ArrayList<>();
        derived(use, configs, 0);
        if (site.isPresent() && !hardened(configs, kind, scan)) {
          report(site.get(), creation, type, scan);
        }
      }
      return;
    }
    if (Variables.escapes(d.get(), Set.of())) {
      return;
    }
    List<MethodCallExpr> configs = new ArrayList<>();
    gather(d.get(), configs, 0);
    if (hardened(configs, kind, scan)) {
      return;
    }
    for (MethodCallExpr c : Variables.callsOn(d.get())) {
      if (USES.get(kind).contains(c.getNameAsString())) {
        Optional<Node> site = parseSite(c, kind);
        if (site.isPresent()) {
          report(site.get(), creation, type, scan);
          return;
        }
      }
    }
  }

  /** Reports at the parse, with a step at the factory when that is on another line. */
  private static void report(Node site, Expression creation, String type, Scan scan) {
    boolean sameLine =
        site.getBegin().map(p -> p.line).equals(creation.getBegin().map(p -> p.line));
    scan.report(
        site,
        message(type),
        sameLine ? List.of() : List.of(scan.step(creation, type + " created without hardening")));
  }

  /**
   * Where {@code use} parses XML, or makes something that does: the {@code parse} call of a
   * document builder or SAX parser ({@code use} itself when the parser is handed out), a
   * transformer or schema built from a source, the {@code transform} of an identity transformer fed
   * a {@code StreamSource} or {@code SAXSource}. Empty for a builder used only for {@code
   * newDocument()}.
   */
  private static Optional<Node> parseSite(MethodCallExpr use, Kind kind) {
    return switch (kind) {
      case READER, STAX -> Optional.of(use);
      case SCHEMA -> use.getArguments().isEmpty() ? Optional.empty() : Optional.of(use);
      case TRANSFORMER ->
          use.getArguments().isEmpty()
              ? leadsTo(use, XxeCheck::transformsStream, 0)
              : Optional.of(use);
      case DOM, SAX -> leadsTo(use, c -> c.getNameAsString().equals("parse"), 0);
    };
  }

  private static boolean transformsStream(MethodCallExpr c) {
    if (!c.getNameAsString().equals("transform") || c.getArguments().isEmpty()) {
      return false;
    }
    Expression source = c.getArgument(0);
    if (source instanceof ObjectCreationExpr o) {
      return STREAM_SOURCES.contains(o.getType().getNameAsString());
    }
    return dev.garlic.audit.constant.Declarations.resolve(source)
        .map(d -> STREAM_SOURCES.contains(d.typeName()))
        .orElse(false);
  }

  private static Optional<Node> leadsTo(
      MethodCallExpr product, java.util.function.Predicate<MethodCallExpr> parse, int depth) {
    if (depth > 3) {
      return Optional.empty();
    }
    Node parent = product.getParentNode().orElse(null);
    if (parent instanceof com.github.javaparser.ast.stmt.ReturnStmt) {
      return Optional.of(product);
    }
    if (parent instanceof MethodCallExpr chained && chained.getScope().orElse(null) == product) {
      if (parse.test(chained)) {
        return Optional.of(chained);
      }
      return DERIVED.contains(chained.getNameAsString())
          ? leadsTo(chained, parse, depth + 1)
          : Optional.empty();
    }
    Optional<Declaration> d = Variables.storedIn(product);
    if (d.isEmpty()) {
      return Optional.empty();
    }
    if (Variables.escapes(d.get(), Set.of())) {
      return Optional.of(product);
    }
    for (MethodCallExpr c : Variables.callsOn(d.get())) {
      if (parse.test(c)) {
        return Optional.of(c);
      }
      if (DERIVED.contains(c.getNameAsString())) {
        Optional<Node> site = leadsTo(c, parse, depth + 1);
        if (site.isPresent()) {
          return site;
        }
      }
    }
    return Optional.empty();
  }

  private static String message(String type) {
    return type
        + " is used without disallowing DOCTYPE declarations or external entities, so the XML can"
        + " read local files and make network requests.";
  }

  /** The calls that configure {@code d} or the parsers and readers it makes. */
  private static void gather(Declaration d, List<MethodCallExpr> into, int depth) {
    for (MethodCallExpr c : Variables.callsOn(d)) {
      into.add(c);
      derived(c, into, depth);
    }
  }

  private static void derived(MethodCallExpr c, List<MethodCallExpr> into, int depth) {
    if (depth > 3 || !DERIVED.contains(c.getNameAsString())) {
      return;
    }
    Variables.storedIn(c).ifPresent(next -> gather(next, into, depth + 1));
    if (c.getParentNode().orElse(null) instanceof MethodCallExpr chained
        && chained.getScope().orElse(null) == c) {
      into.add(chained);
      derived(chained, into, depth + 1);
    }
  }

  /** True when one of {@code configs} protects a parser of {@code kind} against XXE. */
  static boolean hardened(List<MethodCallExpr> configs, Kind kind, Scan scan) {
    boolean general = false;
    boolean parameter = false;
    for (MethodCallExpr c : configs) {
      String name = c.getNameAsString();
      if (name.equals("setEntityResolver") || name.equals("setXMLResolver")) {
        return true;
      }
      if (c.getArguments().size() != 2
          || !(name.equals("setFeature")
              || name.equals("setAttribute")
              || name.equals("setProperty"))) {
        continue;
      }
      Optional<String> key = scan.string(c.getArgument(0));
      Optional<Object> value = scan.value(c.getArgument(1));
      if (key.isEmpty() || value.isEmpty()) {
        // Not a constant: the code chooses its hardening at run time; give it the benefit.
        return true;
      }
      Object v = value.get();
      switch (key.get()) {
        case DISALLOW_DOCTYPE -> {
          if (Boolean.TRUE.equals(v)) {
            return true;
          }
        }
        case SECURE_PROCESSING -> {
          if (Boolean.TRUE.equals(v) && kind != Kind.STAX) {
            return true;
          }
        }
        case EXTERNAL_GENERAL -> general |= Boolean.FALSE.equals(v);
        case EXTERNAL_PARAMETER -> parameter |= Boolean.FALSE.equals(v);
        case ACCESS_EXTERNAL_DTD -> {
          if ("".equals(v)) {
            return true;
          }
        }
        case ACCESS_EXTERNAL_SCHEMA -> {
          if ("".equals(v) && kind == Kind.SCHEMA) {
            return true;
          }
        }
        case SUPPORT_DTD, EXTERNAL_ENTITIES -> {
          if (Boolean.FALSE.equals(v) || "false".equals(v)) {
            return true;
          }
        }
        default -> {}
      }
    }
    return general && parameter;
  }
}
