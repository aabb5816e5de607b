package dev.garlic.testgen.api;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.javadoc.JavadocBlockTag;
import dev.garlic.testgen.model.TargetProject;
import dev.garlic.workspace.java.JavaFrontEnd;
import dev.garlic.workspace.java.ParsedJava;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the public API of one class from its source with the shared Java front end. Thread-safe. A
 * class whose source is missing or does not parse gives {@link ClassApi#notFound}: exploration then
 * works from the compiled class alone.
 */
public final class SourceApiReader {

  /** At most this many string literals are kept: enough for boundaries, not a whole resource. */
  static final int MAX_STRINGS = 40;

  private final JavaFrontEnd frontEnd = new JavaFrontEnd();

  /** The API of {@code className} (a binary name) from the project's main sources. */
  public ClassApi read(TargetProject project, String className) {
    Optional<TypeDeclaration<?>> type = find(project, className);
    return type.map(t -> read(className, t)).orElseGet(() -> ClassApi.notFound(className));
  }

  private Optional<TypeDeclaration<?>> find(TargetProject project, String className) {
    String[] nesting = className.substring(className.lastIndexOf('.') + 1).split("\\$");
    String pkg = className.contains(".") ? className.substring(0, className.lastIndexOf('.')) : "";
    String relative = (pkg.isEmpty() ? "" : pkg.replace('.', '/') + "/") + nesting[0] + ".java";
    for (Path root : project.mainSources()) {
      Path file = root.resolve(relative);
      if (!Files.isRegularFile(file)) {
        continue;
      }
      try {
        ParsedJava parsed = frontEnd.parse(file.toString(), Files.readString(file));
        CompilationUnit unit = parsed.compilationUnit();
        if (unit == null) {
          return Optional.empty();
        }
        Optional<TypeDeclaration<?>> current =
            unit.getTypes().stream()
                .<TypeDeclaration<?>>map(t -> t)
                .filter(t -> t.getNameAsString().equals(nesting[0]))
                .findFirst();
        for (int i = 1; i < nesting.length && current.isPresent(); i++) {
          String name = nesting[i];
          current =
              current.get().getMembers().stream()
                  .filter(
                      m -> m instanceof TypeDeclaration<?> t && t.getNameAsString().equals(name))
                  .<TypeDeclaration<?>>map(m -> (TypeDeclaration<?>) m)
                  .findFirst();
        }
        return current;
      } catch (IOException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static ClassApi read(String className, TypeDeclaration<?> type) {
    List<MethodApi> methods = new ArrayList<>();
    List<Contract> contracts = new ArrayList<>();
    boolean isInterface =
        type.isClassOrInterfaceDeclaration() && type.asClassOrInterfaceDeclaration().isInterface();
    for (CallableDeclaration<?> callable :
        type.findAll(CallableDeclaration.class, c -> c.getParentNode().orElse(null) == type)) {
      if (!callable.isPublic() && !isInterface) {
        continue;
      }
      String name =
          callable instanceof ConstructorDeclaration ? "<init>" : callable.getNameAsString();
      List<String> names =
          callable.getParameters().stream().map(Parameter::getNameAsString).toList();
      methods.add(
          new MethodApi(
              name,
              names,
              callable.getParameters().stream().map(p -> p.getType().asString()).toList(),
              callable.getParameters().stream()
                  .filter(p -> annotated(p.getAnnotations(), "Nullable"))
                  .map(Parameter::getNameAsString)
                  .toList(),
              callable.getParameters().stream()
                  .filter(
                      p ->
                          annotated(p.getAnnotations(), "NonNull")
                              || annotated(p.getAnnotations(), "NotNull"))
                  .map(Parameter::getNameAsString)
                  .toList(),
              callable instanceof MethodDeclaration
                  && annotated(callable.getAnnotations(), "Nullable")));
      callable
          .getJavadoc()
          .ifPresent(
              doc -> {
                for (JavadocBlockTag tag : doc.getBlockTags()) {
                  if ((tag.getType() == JavadocBlockTag.Type.THROWS
                          || tag.getType() == JavadocBlockTag.Type.EXCEPTION)
                      && tag.getName().isPresent()) {
                    String condition = DocText.condition(tag.getContent().toText());
                    if (!condition.isEmpty()) {
                      contracts.add(
                          new Contract(name, names, tag.getName().get(), condition, "javadoc"));
                    }
                  }
                }
              });
      contracts.addAll(Preconditions.of(name, names, callable));
      for (Parameter p : callable.getParameters()) {
        if (annotated(p.getAnnotations(), "Nullable")) {
          contracts.add(
              new Contract(
                  name,
                  names,
                  "NullPointerException",
                  p.getNameAsString() + " is null",
                  "nullable"));
        }
      }
    }
    return new ClassApi(
        className,
        true,
        methods,
        contracts,
        numbers(type),
        strings(type),
        type instanceof EnumDeclaration e
            ? e.getEntries().stream().map(EnumConstantDeclaration::getNameAsString).toList()
            : List.of(),
        constants(type));
  }

  private static boolean annotated(List<AnnotationExpr> annotations, String simpleName) {
    return annotations.stream().anyMatch(a -> a.getName().getIdentifier().equals(simpleName));
  }

  private static List<Double> numbers(Node type) {
    Set<Double> out = new LinkedHashSet<>();
    for (BinaryExpr binary : type.findAll(BinaryExpr.class)) {
      if (isComparison(binary.getOperator())) {
        number(binary.getLeft()).ifPresent(out::add);
        number(binary.getRight()).ifPresent(out::add);
      }
    }
    for (SwitchEntry entry : type.findAll(SwitchEntry.class)) {
      entry.getLabels().forEach(label -> number(label).ifPresent(out::add));
    }
    return List.copyOf(out);
  }

  private static boolean isComparison(BinaryExpr.Operator op) {
    return switch (op) {
      case LESS, LESS_EQUALS, GREATER, GREATER_EQUALS, EQUALS, NOT_EQUALS -> true;
      default -> false;
    };
  }

  /** The value of a numeric (or char) literal, negated ones included. */
  static Optional<Double> number(Expression e) {
    if (e instanceof UnaryExpr u && u.getOperator() == UnaryExpr.Operator.MINUS) {
      return number(u.getExpression()).map(d -> -d);
    }
    try {
      if (e.isIntegerLiteralExpr()) {
        return Optional.of(e.asIntegerLiteralExpr().asNumber().doubleValue());
      }
      if (e.isLongLiteralExpr()) {
        return Optional.of(e.asLongLiteralExpr().asNumber().doubleValue());
      }
      if (e.isDoubleLiteralExpr()) {
        return Optional.of(e.asDoubleLiteralExpr().asDouble());
      }
    } catch (NumberFormatException ex) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static List<String> strings(Node type) {
    Set<String> out = new LinkedHashSet<>();
    for (StringLiteralExpr literal : type.findAll(StringLiteralExpr.class)) {
      if (out.size() >= MAX_STRINGS) {
        break;
      }
      try {
        out.add(literal.asString());
      } catch (IllegalArgumentException e) {
        // An escape JavaParser cannot decode: not worth a vector.
      }
    }
    return List.copyOf(out);
  }

  private static List<String> constants(TypeDeclaration<?> type) {
    List<String> out = new ArrayList<>();
    for (FieldDeclaration field : type.getFields()) {
      if (field.isPublic() && field.isStatic() && field.isFinal()) {
        field.getVariables().stream().map(VariableDeclarator::getNameAsString).forEach(out::add);
      }
    }
    return out;
  }
}
