package dev.garlic.audit.constant;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import dev.garlic.audit.AuditProject;
import dev.garlic.audit.SourceFile;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/** What the evaluator memoises for one project. Thread-safe. */
final class ProjectConstants {

  private final AuditProject project;
  private final TypeIndex types;
  private final Configuration configuration;
  private final Map<Node, Optional<Object>> fields =
      Collections.synchronizedMap(new IdentityHashMap<>());
  private final Map<String, Optional<Object>> jdk = new ConcurrentHashMap<>();
  private volatile @Nullable Set<String> writtenNames;

  ProjectConstants(AuditProject project) {
    this.project = project;
    this.types = new TypeIndex(project);
    this.configuration = new Configuration(project);
  }

  AuditProject project() {
    return project;
  }

  TypeIndex types() {
    return types;
  }

  Configuration configuration() {
    return configuration;
  }

  /** The memoised value of a field (keyed by its declarator), if computed. */
  @Nullable Optional<Object> field(Node declarator) {
    return fields.get(declarator);
  }

  void field(Node declarator, Optional<Object> value) {
    fields.put(declarator, value);
  }

  /** True when some file of the project assigns to a variable or field called {@code name}. */
  boolean writtenAnywhere(String name) {
    Set<String> names = writtenNames;
    if (names == null) {
      Set<String> found = new HashSet<>();
      for (SourceFile f : project.files()) {
        for (AssignExpr a : f.unit().findAll(AssignExpr.class)) {
          name(a.getTarget(), found);
        }
        for (UnaryExpr u : f.unit().findAll(UnaryExpr.class)) {
          if (u.getOperator().isPrefix() || u.getOperator().isPostfix()) {
            name(u.getExpression(), found);
          }
        }
      }
      names = Set.copyOf(found);
      writtenNames = names;
    }
    return names.contains(name);
  }

  private static void name(Expression target, Set<String> into) {
    if (target instanceof NameExpr n) {
      into.add(n.getNameAsString());
    } else if (target instanceof FieldAccessExpr f) {
      into.add(f.getNameAsString());
    }
  }

  /**
   * The value of the public static final field {@code field} of the JDK type {@code typeName} as
   * {@code file} names it ({@code XMLConstants}, {@code Integer}, {@code javax.crypto.Cipher}).
   */
  Optional<Object> jdkConstant(String typeName, String field, SourceFile file) {
    for (String candidate : types.candidateNames(typeName, file)) {
      if (!candidate.startsWith("java.") && !candidate.startsWith("javax.")
          || candidate.startsWith("java.awt.")
          || candidate.startsWith("javax.swing.")
          || candidate.startsWith("javax.sound.")
          || candidate.startsWith("java.applet.")) {
        // Reading a constant initialises its class; desktop classes may load native libraries.
        continue;
      }
      Optional<Object> v =
          jdk.computeIfAbsent(candidate + "#" + field, k -> reflect(candidate, field));
      if (v.isPresent()) {
        return v;
      }
    }
    return Optional.empty();
  }

  private static Optional<Object> reflect(String className, String fieldName) {
    try {
      Class<?> type = Class.forName(className, false, ClassLoader.getPlatformClassLoader());
      Field f = type.getField(fieldName);
      int mods = f.getModifiers();
      if (!Modifier.isStatic(mods) || !Modifier.isFinal(mods)) {
        return Optional.empty();
      }
      Class<?> t = f.getType();
      if (!t.isPrimitive() && t != String.class && t != Boolean.class) {
        return Optional.empty();
      }
      Object v = f.get(null);
      if (v instanceof Short || v instanceof Byte) {
        v = ((Number) v).intValue();
      }
      return Optional.ofNullable(v);
    } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
      return Optional.empty();
    }
  }
}
