package dev.garlic.audit.constant;

import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import dev.garlic.audit.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Method calls with constant results: pure {@code String} methods on constant receivers, the
 * parsing and {@code valueOf} methods of {@code String} and the boxes, constant getters of the
 * project, and configuration reads ({@link PropertyReads}).
 */
final class Calls {

  private static final Set<String> BOXES =
      Set.of("Integer", "Long", "Boolean", "Double", "Float", "Short", "Byte");

  private final Evaluation evaluation;
  private final ProjectConstants project;

  Calls(Evaluation evaluation, ProjectConstants project) {
    this.evaluation = evaluation;
    this.project = project;
  }

  Optional<Object> value(MethodCallExpr m, SourceFile file) {
    String name = m.getNameAsString();
    List<Expression> args = m.getArguments();
    if (m.getScope().isEmpty() || m.getScope().get() instanceof ThisExpr) {
      return args.isEmpty() ? evaluation.constantMethod(m, file) : Optional.empty();
    }
    Expression scope = m.getScope().get();
    String scopeText = scope.toString();
    String type = scopeText.startsWith("java.lang.") ? scopeText.substring(10) : scopeText;
    if (type.equals("String")) {
      return stringStatic(name, args, file);
    }
    if (BOXES.contains(type)) {
      return boxStatic(type, name, args, file);
    }
    if (type.equals("Objects") && name.equals("requireNonNull") && !args.isEmpty()) {
      return evaluation.value(args.get(0), file);
    }
    if (name.equals("getProperty")
        || name.equals("getString")
        || name.equals("getRequiredProperty")) {
      Optional<Object> configured = new PropertyReads(evaluation, project).value(m, file);
      if (configured.isPresent()) {
        return configured;
      }
    }
    if (scope instanceof ClassExpr) {
      return Optional.empty();
    }
    if (name.equals("get") || name.equals("getOrDefault")) {
      Optional<Object> stored = new CollectionReads(evaluation).value(m, file);
      if (stored.isPresent()) {
        return stored;
      }
    }
    if (name.equals("toString") && args.isEmpty()) {
      Optional<String> built = builder(scope, file);
      if (built.isPresent()) {
        return built.map(b -> b);
      }
    }
    if (args.isEmpty()
        && scopeText.matches("[A-Z][\\w$]*(\\.[A-Z][\\w$]*)*|[a-z][\\w.]*\\.[A-Z][\\w$]*")) {
      Optional<Object> fromType = evaluation.staticConstantMethod(scopeText, name, m, file);
      if (fromType.isPresent()) {
        return fromType;
      }
    }
    Optional<Object> receiver = evaluation.value(scope, file);
    if (receiver.isPresent() && receiver.get() instanceof String s) {
      return stringMethod(s, name, args, file);
    }
    if (args.isEmpty()) {
      return objectMethod(scope, name, m, file);
    }
    return Optional.empty();
  }

  /**
   * {@code settings.webhookDigest()} on a variable of a project type: what that method returns when
   * it cannot be overridden and returns one constant (a property read from the project's files, a
   * literal), so that a small settings class is seen through.
   */
  private Optional<Object> objectMethod(
      Expression scope, String name, MethodCallExpr m, SourceFile file) {
    Optional<Declarations.Declaration> d = Declarations.resolve(scope);
    if (d.isEmpty()) {
      return Optional.empty();
    }
    return project
        .types()
        .resolve(d.get().typeName(), m, file)
        .flatMap(t -> evaluation.constantMethod(t.type(), name, t.file()));
  }

  /** {@code String.format} with a constant pattern and constant arguments. */
  private Optional<Object> format(List<Expression> args, SourceFile file) {
    List<Object> values = new ArrayList<>();
    for (Expression a : args) {
      Optional<Object> v = evaluation.value(a, file);
      if (v.isEmpty()) {
        return Optional.empty();
      }
      values.add(v.get());
    }
    if (!(values.get(0) instanceof String pattern)) {
      return Optional.empty();
    }
    return Optional.of(
        String.format(Locale.ROOT, pattern, values.subList(1, values.size()).toArray()));
  }

  /**
   * The text of a builder chain {@code new StringBuilder(c).append(c)...} of constants (the builder
   * is a fresh object here, so nothing else can change it).
   */
  private Optional<String> builder(Expression e, SourceFile file) {
    StringBuilder text = new StringBuilder();
    List<Expression> appended = new ArrayList<>();
    Expression cur = e;
    while (cur instanceof MethodCallExpr call
        && call.getNameAsString().equals("append")
        && call.getArguments().size() == 1
        && call.getScope().isPresent()) {
      appended.add(0, call.getArgument(0));
      cur = call.getScope().get();
    }
    if (!(cur instanceof com.github.javaparser.ast.expr.ObjectCreationExpr o)
        || !(o.getType().getNameAsString().equals("StringBuilder")
            || o.getType().getNameAsString().equals("StringBuffer"))
        || o.getArguments().size() > 1) {
      return Optional.empty();
    }
    if (o.getArguments().size() == 1) {
      Optional<Object> initial = evaluation.value(o.getArgument(0), file);
      if (initial.isEmpty()) {
        return Optional.empty();
      }
      if (initial.get() instanceof String s) {
        text.append(s);
      } else if (!(initial.get() instanceof Integer)) {
        // An int argument is the capacity; anything else is not a constant builder.
        return Optional.empty();
      }
    }
    for (Expression a : appended) {
      Optional<Object> v = evaluation.value(a, file);
      if (v.isEmpty()) {
        return Optional.empty();
      }
      text.append(Folding.text(v.get()));
    }
    return Optional.of(text.toString());
  }

  private Optional<Object> stringStatic(String name, List<Expression> args, SourceFile file) {
    if (name.equals("format") && !args.isEmpty()) {
      return format(args, file);
    }
    if (name.equals("valueOf") && args.size() == 1) {
      return evaluation.value(args.get(0), file).map(Folding::text);
    }
    if (name.equals("join") && !args.isEmpty()) {
      List<String> parts = new ArrayList<>();
      for (Expression a : args) {
        Optional<String> s = evaluation.string(a, file);
        if (s.isEmpty()) {
          return Optional.empty();
        }
        parts.add(s.get());
      }
      return Optional.of(String.join(parts.get(0), parts.subList(1, parts.size())));
    }
    return Optional.empty();
  }

  private Optional<Object> boxStatic(
      String type, String name, List<Expression> args, SourceFile file) {
    if (args.size() != 1) {
      return Optional.empty();
    }
    Optional<Object> arg = evaluation.value(args.get(0), file);
    if (arg.isEmpty()) {
      return Optional.empty();
    }
    Object v = arg.get();
    if (name.equals("toString")) {
      return Optional.of(Folding.text(v));
    }
    if (!name.startsWith("parse") && !name.equals("valueOf")) {
      return Optional.empty();
    }
    String text = Folding.text(v).strip();
    return Optional.of(
        switch (type) {
          case "Integer", "Short", "Byte" ->
              v instanceof Number n ? n.intValue() : Integer.parseInt(text);
          case "Long" -> v instanceof Number n ? n.longValue() : Long.parseLong(text);
          case "Double" -> v instanceof Number n ? n.doubleValue() : Double.parseDouble(text);
          case "Float" -> v instanceof Number n ? n.floatValue() : Float.parseFloat(text);
          default -> v instanceof Boolean b ? b : Boolean.parseBoolean(text);
        });
  }

  private Optional<Object> stringMethod(
      String s, String name, List<Expression> args, SourceFile file) {
    if (args.isEmpty()) {
      return switch (name) {
        case "toUpperCase" -> Optional.of(s.toUpperCase(Locale.ROOT));
        case "toLowerCase" -> Optional.of(s.toLowerCase(Locale.ROOT));
        case "trim" -> Optional.of(s.trim());
        case "strip" -> Optional.of(s.strip());
        case "stripLeading" -> Optional.of(s.stripLeading());
        case "stripTrailing" -> Optional.of(s.stripTrailing());
        case "intern", "toString" -> Optional.of(s);
        case "isEmpty" -> Optional.of(s.isEmpty());
        case "isBlank" -> Optional.of(s.isBlank());
        case "length" -> Optional.of(s.length());
        default -> Optional.empty();
      };
    }
    if (name.equals("toUpperCase") || name.equals("toLowerCase")) {
      // With a Locale: the algorithm names and keys this serves are ASCII.
      return stringMethod(s, name, List.of(), file);
    }
    List<Object> values = new ArrayList<>();
    for (Expression a : args) {
      Optional<Object> v = evaluation.value(a, file);
      if (v.isEmpty()) {
        return Optional.empty();
      }
      values.add(v.get());
    }
    Object a = values.get(0);
    if (values.size() == 1) {
      return switch (name) {
        case "equals" -> Optional.of(s.equals(a));
        case "equalsIgnoreCase" -> Optional.of(a instanceof String t && s.equalsIgnoreCase(t));
        case "startsWith" -> Optional.of(s.startsWith(Folding.text(a)));
        case "endsWith" -> Optional.of(s.endsWith(Folding.text(a)));
        case "contains" -> Optional.of(s.contains(Folding.text(a)));
        case "concat" -> Optional.of(s.concat(Folding.text(a)));
        case "indexOf" ->
            Optional.of(a instanceof Character c ? s.indexOf(c) : s.indexOf(Folding.text(a)));
        case "substring" -> a instanceof Integer i ? Optional.of(s.substring(i)) : Optional.empty();
        case "charAt" -> a instanceof Integer i ? Optional.of(s.charAt(i)) : Optional.empty();
        case "repeat" -> a instanceof Integer i ? Optional.of(s.repeat(i)) : Optional.empty();
        default -> Optional.empty();
      };
    }
    Object b = values.get(1);
    if (values.size() == 2) {
      return switch (name) {
        case "substring" ->
            a instanceof Integer i && b instanceof Integer j
                ? Optional.of(s.substring(i, j))
                : Optional.empty();
        case "replace" ->
            a instanceof Character c && b instanceof Character d
                ? Optional.of(s.replace(c, d))
                : Optional.of(s.replace(Folding.text(a), Folding.text(b)));
        default -> Optional.empty();
      };
    }
    return Optional.empty();
  }
}
