package dev.garlic.audit.constant;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import dev.garlic.audit.SourceFile;
import dev.garlic.audit.constant.Declarations.Declaration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Configuration reads: {@code props.getProperty(key[, default])} on a {@link java.util.Properties}
 * that the code in reach loads from a project resource, {@code env.getProperty(key[, default])} on
 * a Spring {@code Environment}, and {@code ResourceBundle.getString(key)}.
 *
 * <p>"In reach" is the scope of the properties variable: the block that declares a local, the type
 * that declares a field. Every {@code load}, {@code setProperty} and {@code put} on it there must
 * be understood (a stream from a known resource, constant keys and values), otherwise the value is
 * unknown.
 */
final class PropertyReads {

  private static final Set<String> ENVIRONMENTS =
      Set.of("Environment", "ConfigurableEnvironment", "PropertyResolver", "StandardEnvironment");
  private static final Set<String> WRAPPERS =
      Set.of(
          "InputStreamReader",
          "BufferedInputStream",
          "BufferedReader",
          "DataInputStream",
          "PushbackInputStream");

  private final Evaluation evaluation;
  private final ProjectConstants project;

  PropertyReads(Evaluation evaluation, ProjectConstants project) {
    this.evaluation = evaluation;
    this.project = project;
  }

  Optional<Object> value(MethodCallExpr m, SourceFile file) {
    List<Expression> args = m.getArguments();
    if (args.isEmpty() || args.size() > 2 || m.getScope().isEmpty()) {
      return Optional.empty();
    }
    Optional<String> key = evaluation.string(args.get(0), file);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    Optional<Object> fallback =
        args.size() == 2 ? evaluation.value(args.get(1), file) : Optional.empty();
    Expression scope = m.getScope().get();
    if (m.getNameAsString().equals("getString")) {
      return bundle(scope, file).flatMap(p -> Optional.ofNullable(p.get(key.get())));
    }
    Declaration d = evaluation.declaration(scope);
    if (d == null) {
      return Optional.empty();
    }
    String type = d.typeName();
    if (ENVIRONMENTS.contains(type)) {
      if (args.size() == 2 && fallback.isEmpty()) {
        return Optional.empty();
      }
      return project
          .configuration()
          .springProperty(key.get(), fallback.map(Folding::text).orElse(null))
          .map(v -> v);
    }
    if (!type.equals("Properties") && !type.equals("var")) {
      return Optional.empty();
    }
    Optional<Map<String, String>> props = loaded(d, file);
    if (props.isEmpty()) {
      return Optional.empty();
    }
    String v = props.get().get(key.get());
    return v != null ? Optional.of(v) : fallback;
  }

  /** The properties a {@code Properties} variable holds when read, if every write is known. */
  private Optional<Map<String, String>> loaded(Declaration d, SourceFile file) {
    List<Expression> writes = new ArrayList<>();
    d.initializer().ifPresent(writes::add);
    Optional<List<Expression>> assigned = d.assignments();
    if (assigned.isEmpty()) {
      return Optional.empty();
    }
    writes.addAll(assigned.get());
    if (writes.size() == 1 && writes.getFirst() instanceof NameExpr n) {
      return passedToConstructor(n, file);
    }
    if (writes.isEmpty()
        || !writes.stream()
            .allMatch(
                w ->
                    w instanceof ObjectCreationExpr o
                        && o.getType().getNameAsString().equals("Properties")
                        && o.getArguments().isEmpty())) {
      return Optional.empty();
    }
    List<MethodCallExpr> calls =
        d.scope().findAll(MethodCallExpr.class, c -> refersTo(c.getScope().orElse(null), d));
    calls.sort(
        Comparator.comparing(c -> c.getBegin().map(p -> p.line * 10_000L + p.column).orElse(0L)));
    Map<String, String> values = new HashMap<>();
    for (MethodCallExpr c : calls) {
      switch (c.getNameAsString()) {
        case "load", "loadFromXML" -> {
          if (c.getArguments().size() != 1) {
            return Optional.empty();
          }
          Optional<Map<String, String>> read =
              streamText(c.getArguments().get(0), file, 0)
                  .flatMap(
                      t ->
                          project
                              .configuration()
                              .properties(t, c.getNameAsString().equals("loadFromXML")));
          if (read.isEmpty()) {
            return Optional.empty();
          }
          values.putAll(read.get());
        }
        case "setProperty", "put" -> {
          if (c.getArguments().size() != 2) {
            return Optional.empty();
          }
          Optional<String> k = evaluation.string(c.getArguments().get(0), file);
          Optional<String> v = evaluation.string(c.getArguments().get(1), file);
          if (k.isEmpty() || v.isEmpty()) {
            return Optional.empty();
          }
          values.put(k.get(), v.get());
        }
        case "getProperty",
            "containsKey",
            "stringPropertyNames",
            "keySet",
            "size",
            "isEmpty",
            "list",
            "store",
            "get",
            "entrySet",
            "forEach",
            "propertyNames" -> {}
        default -> {
          return Optional.empty();
        }
      }
    }
    return Optional.of(values);
  }

  /**
   * A field set from a parameter of a private constructor ({@code this.props = props}), made by the
   * class itself ({@code return new Settings(p)} in a static factory): the properties every such
   * call passes, when they are all the same known ones.
   */
  private Optional<Map<String, String>> passedToConstructor(NameExpr use, SourceFile file) {
    Optional<Declaration> param = Declarations.resolve(use);
    if (param.isEmpty()
        || param.get().kind() != Declarations.Kind.PARAMETER
        || !(param.get().scope()
            instanceof com.github.javaparser.ast.body.ConstructorDeclaration ctor)
        || !ctor.isPrivate()) {
      return Optional.empty();
    }
    int index = ctor.getParameters().indexOf(param.get().node());
    Optional<com.github.javaparser.ast.body.TypeDeclaration> type =
        ctor.findAncestor(com.github.javaparser.ast.body.TypeDeclaration.class);
    if (index < 0 || type.isEmpty()) {
      return Optional.empty();
    }
    Optional<Map<String, String>> found = Optional.empty();
    for (ObjectCreationExpr o :
        type.get()
            .findAll(
                ObjectCreationExpr.class,
                o ->
                    o.getType().getNameAsString().equals(ctor.getNameAsString())
                        && o.getArguments().size() == ctor.getParameters().size())) {
      Optional<Declaration> local = Declarations.resolve(o.getArgument(index));
      if (local.isEmpty() || local.get().kind() != Declarations.Kind.LOCAL) {
        return Optional.empty();
      }
      Optional<Map<String, String>> props = loaded(local.get(), file);
      if (props.isEmpty() || (found.isPresent() && !found.get().equals(props.get()))) {
        return Optional.empty();
      }
      found = props;
    }
    return found;
  }

  private static boolean refersTo(Expression scope, Declaration d) {
    if (scope instanceof NameExpr n) {
      return n.getNameAsString().equals(d.name())
          && Declarations.resolve(n).map(x -> x.node() == d.node()).orElse(false);
    }
    return scope instanceof FieldAccessExpr f
        && f.getScope() instanceof ThisExpr
        && f.getNameAsString().equals(d.name());
  }

  /** The text an input stream or reader expression reads, when it opens a project file. */
  private Optional<String> streamText(Expression in, SourceFile file, int depth) {
    if (depth > 6) {
      return Optional.empty();
    }
    if (in instanceof NameExpr n) {
      Declaration d = evaluation.declaration(n);
      if (d == null || !evaluation.isLocal(d)) {
        return Optional.empty();
      }
      List<Expression> writes = new ArrayList<>();
      d.initializer().ifPresent(writes::add);
      d.assignments().ifPresent(writes::addAll);
      return writes.size() == 1 ? streamText(writes.get(0), file, depth + 1) : Optional.empty();
    }
    if (in instanceof ObjectCreationExpr o) {
      String type = o.getType().getNameAsString();
      if (o.getArguments().isEmpty()) {
        return Optional.empty();
      }
      Expression first = o.getArguments().get(0);
      if (type.equals("FileInputStream") || type.equals("FileReader")) {
        return path(first, file).map(p -> orNothing(p, true));
      }
      if (WRAPPERS.contains(type)) {
        return streamText(first, file, depth + 1);
      }
      return Optional.empty();
    }
    if (in instanceof MethodCallExpr m) {
      String name = m.getNameAsString();
      if (name.equals("openStream")
          && m.getScope().orElse(null) instanceof MethodCallExpr r
          && r.getNameAsString().equals("getResource")) {
        return resource(r, file);
      }
      if (name.equals("getResourceAsStream") || name.equals("getSystemResourceAsStream")) {
        return resource(m, file);
      }
      if ((name.equals("newInputStream") || name.equals("newBufferedReader"))
          && m.getScope().map(Object::toString).filter(s -> s.endsWith("Files")).isPresent()
          && !m.getArguments().isEmpty()) {
        return path(m.getArguments().get(0), file).map(p -> orNothing(p, true));
      }
    }
    return Optional.empty();
  }

  /** A {@code getResourceAsStream(name)} (or {@code getResource}) on a class or a class loader. */
  private Optional<String> resource(MethodCallExpr m, SourceFile file) {
    if (m.getArguments().size() != 1) {
      return Optional.empty();
    }
    Optional<String> name = evaluation.string(m.getArguments().get(0), file);
    if (name.isEmpty()) {
      return Optional.empty();
    }
    String n = name.get();
    Expression scope = m.getScope().orElse(null);
    boolean classRelative =
        scope == null
            || scope instanceof ClassExpr
            || (scope instanceof MethodCallExpr c && c.getNameAsString().equals("getClass"));
    if (classRelative && !n.startsWith("/")) {
      Node context = m;
      String pkg = project.types().packageOf(file);
      if (scope instanceof ClassExpr c) {
        pkg =
            project
                .types()
                .resolve(c.getType().asString(), context, file)
                .map(
                    l ->
                        l.fqn().contains(".") ? l.fqn().substring(0, l.fqn().lastIndexOf('.')) : "")
                .orElse(pkg);
      }
      n = pkg.isEmpty() ? n : pkg.replace('.', '/') + "/" + n;
    }
    return Optional.of(orNothing(n.startsWith("/") ? n.substring(1) : n, false));
  }

  /**
   * The text of a configuration file the code names by a constant; empty text when the project does
   * not have it, so that reads fall back to the defaults written in the code.
   */
  private String orNothing(String name, boolean file) {
    return project.configuration().text(name, file).orElse("");
  }

  private Optional<String> path(Expression e, SourceFile file) {
    if (e instanceof ObjectCreationExpr o && o.getType().getNameAsString().equals("File")) {
      return joined(o.getArguments(), file);
    }
    if (e instanceof MethodCallExpr m
        && (m.getNameAsString().equals("get") || m.getNameAsString().equals("of"))
        && m.getScope()
            .map(Object::toString)
            .filter(s -> s.endsWith("Paths") || s.endsWith("Path"))
            .isPresent()) {
      return joined(m.getArguments(), file);
    }
    if (e instanceof NameExpr n) {
      Declaration d = evaluation.declaration(n);
      if (d != null && d.initializer().isPresent() && !(d.typeName().equals("String"))) {
        return path(d.initializer().get(), file);
      }
    }
    return evaluation.string(e, file);
  }

  private Optional<String> joined(List<Expression> parts, SourceFile file) {
    StringBuilder out = new StringBuilder();
    for (Expression p : parts) {
      Optional<String> s = evaluation.string(p, file);
      if (s.isEmpty()) {
        return Optional.empty();
      }
      if (!out.isEmpty()) {
        out.append('/');
      }
      out.append(s.get());
    }
    return Optional.of(out.toString());
  }

  /** The properties a {@code ResourceBundle} expression reads ({@code getBundle("a.b")}). */
  private Optional<Map<String, String>> bundle(Expression scope, SourceFile file) {
    Expression source = scope;
    if (scope instanceof NameExpr n) {
      Declaration d = evaluation.declaration(n);
      if (d == null || d.initializer().isEmpty() || !d.typeName().equals("ResourceBundle")) {
        return Optional.empty();
      }
      source = d.initializer().get();
    }
    if (!(source instanceof MethodCallExpr g)
        || !g.getNameAsString().equals("getBundle")
        || g.getArguments().isEmpty()) {
      return Optional.empty();
    }
    return evaluation
        .string(g.getArguments().get(0), file)
        .flatMap(b -> project.configuration().text(b.replace('.', '/') + ".properties", false))
        .flatMap(t -> project.configuration().properties(t, false));
  }
}
