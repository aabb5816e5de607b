package dev.garlic.audit.constant;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.garlic.audit.AuditProject;
import dev.garlic.audit.SourceFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The project's types by fully qualified name (nested types as {@code a.b.Outer.Inner}), and the
 * resolution of a type name as written in a file: enclosing and nested types, the file's own types,
 * single-type imports, the package, on-demand imports. Immutable after construction.
 */
final class TypeIndex {

  /** A type declaration and the file it is in. */
  record Located(TypeDeclaration<?> type, SourceFile file, String fqn) {}

  private final Map<String, Located> byFqn = new HashMap<>();
  private final Map<SourceFile, String> packages = new IdentityHashMap<>();

  TypeIndex(AuditProject project) {
    for (SourceFile file : project.files()) {
      CompilationUnit cu = file.unit();
      String pkg = cu.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
      packages.put(file, pkg);
      for (TypeDeclaration<?> t : cu.getTypes()) {
        register(pkg.isEmpty() ? t.getNameAsString() : pkg + "." + t.getNameAsString(), t, file);
      }
    }
  }

  private void register(String fqn, TypeDeclaration<?> type, SourceFile file) {
    byFqn.putIfAbsent(fqn, new Located(type, file, fqn));
    for (BodyDeclaration<?> m : type.getMembers()) {
      if (m instanceof TypeDeclaration<?> nested) {
        register(fqn + "." + nested.getNameAsString(), nested, file);
      }
    }
  }

  /** The package of {@code file} ({@code ""} for the default package). */
  String packageOf(SourceFile file) {
    String pkg = packages.get(file);
    if (pkg != null) {
      return pkg;
    }
    return file.unit().getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
  }

  /** The project type {@code name} (simple, nested or qualified) denotes at {@code context}. */
  Optional<Located> resolve(String name, Node context, SourceFile file) {
    Located exact = byFqn.get(name);
    if (exact != null && name.contains(".")) {
      return Optional.of(exact);
    }
    String[] parts = name.split("\\.");
    Located first = resolveSimple(parts[0], context, file);
    if (first == null) {
      return Optional.empty();
    }
    String fqn = first.fqn();
    for (int i = 1; i < parts.length; i++) {
      fqn = fqn + "." + parts[i];
    }
    return Optional.ofNullable(byFqn.get(fqn));
  }

  /** The fully qualified name {@code simple} is imported as in {@code file}, for JDK lookups. */
  List<String> candidateNames(String name, SourceFile file) {
    List<String> out = new ArrayList<>();
    if (name.contains(".")) {
      out.add(name);
    }
    String first = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
    String rest = name.substring(first.length());
    for (ImportDeclaration imp : file.unit().getImports()) {
      if (imp.isStatic()) {
        continue;
      }
      String n = imp.getNameAsString();
      if (imp.isAsterisk()) {
        out.add(n + "." + name);
      } else if (n.endsWith("." + first)) {
        out.add(n + rest);
      }
    }
    out.add("java.lang." + name);
    return out;
  }

  /** The direct superclass of {@code type} if it is a project type. */
  Optional<Located> superclass(Located type) {
    if (type.type() instanceof ClassOrInterfaceDeclaration c && !c.getExtendedTypes().isEmpty()) {
      ClassOrInterfaceType ext = c.getExtendedTypes().get(0);
      return resolve(ext.getNameWithScope(), type.type(), type.file());
    }
    return Optional.empty();
  }

  /** The located form of a type declaration of {@code file}. */
  Optional<Located> locate(TypeDeclaration<?> type, SourceFile file) {
    return type.getFullyQualifiedName()
        .map(byFqn::get)
        .filter(l -> l.type() == type)
        .or(() -> Optional.of(new Located(type, file, type.getNameAsString())));
  }

  private Located resolveSimple(String simple, Node context, SourceFile file) {
    for (Node p = context; p != null; p = p.getParentNode().orElse(null)) {
      if (p instanceof TypeDeclaration<?> t) {
        Optional<Located> self = locate(t, file);
        if (t.getNameAsString().equals(simple) && self.isPresent()) {
          return self.get();
        }
        if (self.isPresent()) {
          Located nested = byFqn.get(self.get().fqn() + "." + simple);
          if (nested != null) {
            return nested;
          }
        }
      }
    }
    String pkg = packageOf(file);
    for (TypeDeclaration<?> t : file.unit().getTypes()) {
      if (t.getNameAsString().equals(simple)) {
        Located l = byFqn.get(pkg.isEmpty() ? simple : pkg + "." + simple);
        if (l != null) {
          return l;
        }
      }
    }
    for (ImportDeclaration imp : file.unit().getImports()) {
      if (!imp.isStatic() && !imp.isAsterisk() && imp.getNameAsString().endsWith("." + simple)) {
        Located l = byFqn.get(imp.getNameAsString());
        if (l != null) {
          return l;
        }
      }
    }
    Located samePackage = byFqn.get(pkg.isEmpty() ? simple : pkg + "." + simple);
    if (samePackage != null) {
      return samePackage;
    }
    for (ImportDeclaration imp : file.unit().getImports()) {
      if (!imp.isStatic() && imp.isAsterisk()) {
        Located l = byFqn.get(imp.getNameAsString() + "." + simple);
        if (l != null) {
          return l;
        }
      }
    }
    return null;
  }
}
