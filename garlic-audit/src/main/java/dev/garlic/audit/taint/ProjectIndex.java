package dev.garlic.audit.taint;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import dev.garlic.audit.SourceFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The classes of the audited project by simple name: their methods and constructors, field types,
 * static constants, supertypes and subtypes. Built once per run from the syntax trees; the taint
 * analysis resolves calls against it instead of a symbol solver.
 */
final class ProjectIndex {

  /** One class, interface, enum or record of the project. */
  static final class TypeInfo {
    final String name;
    final SourceFile file;
    final TypeDeclaration<?> decl;
    final List<String> supertypes = new ArrayList<>();
    final Map<String, List<MethodInfo>> methods = new HashMap<>();
    final List<MethodInfo> constructors = new ArrayList<>();
    final Map<String, String> fieldTypes = new HashMap<>();
    final Map<String, Object> constants = new HashMap<>();
    final Set<String> staticFields = new HashSet<>();
    final List<String> components = new ArrayList<>();

    TypeInfo(String name, SourceFile file, TypeDeclaration<?> decl) {
      this.name = name;
      this.file = file;
      this.decl = decl;
    }
  }

  /** One method or constructor with a body. */
  record MethodInfo(TypeInfo owner, CallableDeclaration<?> decl, SourceFile file) {
    // Identity: syntax nodes hash their whole subtree, and each method has one MethodInfo.
    @Override
    public boolean equals(Object o) {
      return this == o;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(this);
    }

    String signature() {
      return owner.name + "." + decl.getDeclarationAsString(false, false, false);
    }

    int arity() {
      return decl.getParameters().size();
    }

    boolean varargs() {
      return decl.getParameters().isNonEmpty() && decl.getParameters().getLast().get().isVarArgs();
    }

    boolean isStatic() {
      return decl.isStatic();
    }
  }

  private final Map<String, List<TypeInfo>> types = new HashMap<>();
  private final Map<String, Set<String>> subtypes = new HashMap<>();
  private final List<MethodInfo> all = new ArrayList<>();
  private final Map<String, List<MethodInfo>> methodsByName = new HashMap<>();
  private final Map<SourceFile, String[]> lines = new java.util.IdentityHashMap<>();
  private final Map<SourceFile, Set<String>> imports = new java.util.IdentityHashMap<>();

  ProjectIndex(List<SourceFile> files) {
    for (SourceFile f : files) {
      for (TypeDeclaration<?> t : f.unit().findAll(TypeDeclaration.class)) {
        add(f, t);
      }
    }
  }

  private void add(SourceFile f, TypeDeclaration<?> t) {
    TypeInfo info = new TypeInfo(t.getNameAsString(), f, t);
    if (t instanceof ClassOrInterfaceDeclaration c) {
      c.getExtendedTypes().forEach(s -> info.supertypes.add(s.getNameAsString()));
      c.getImplementedTypes().forEach(s -> info.supertypes.add(s.getNameAsString()));
    } else if (t instanceof RecordDeclaration r) {
      r.getImplementedTypes().forEach(s -> info.supertypes.add(s.getNameAsString()));
      r.getParameters()
          .forEach(
              p -> {
                info.fieldTypes.put(p.getNameAsString(), simpleName(p.getType()));
                info.components.add(p.getNameAsString());
              });
    }
    for (BodyDeclaration<?> member : t.getMembers()) {
      if (member instanceof MethodDeclaration m && m.getBody().isPresent()) {
        MethodInfo mi = new MethodInfo(info, m, f);
        info.methods.computeIfAbsent(m.getNameAsString(), k -> new ArrayList<>()).add(mi);
        methodsByName.computeIfAbsent(m.getNameAsString(), k -> new ArrayList<>()).add(mi);
        all.add(mi);
      } else if (member instanceof MethodDeclaration m && t.isRecordDeclaration()) {
        continue;
      } else if (member instanceof ConstructorDeclaration c) {
        MethodInfo mi = new MethodInfo(info, c, f);
        info.constructors.add(mi);
        all.add(mi);
      } else if (member instanceof FieldDeclaration fd) {
        for (VariableDeclarator v : fd.getVariables()) {
          info.fieldTypes.put(v.getNameAsString(), simpleName(v.getType()));
          if (fd.isStatic()) {
            info.staticFields.add(v.getNameAsString());
          }
          if (fd.isFinal() && v.getInitializer().isPresent()) {
            Object c = ConstantFolder.fold(v.getInitializer().get(), e -> null);
            if (c != null) {
              info.constants.put(v.getNameAsString(), c);
            }
          }
        }
      }
    }
    types.computeIfAbsent(info.name, k -> new ArrayList<>()).add(info);
    for (String s : info.supertypes) {
      subtypes.computeIfAbsent(s, k -> new LinkedHashSet<>()).add(info.name);
    }
  }

  /** Every method and constructor with a body, in file order. */
  List<MethodInfo> methods() {
    return all;
  }

  boolean isProjectType(@Nullable String name) {
    return name != null && types.containsKey(name);
  }

  List<TypeInfo> types(String name) {
    return types.getOrDefault(name, List.of());
  }

  /** The type declared by {@code decl}. */
  @Nullable TypeInfo typeOf(TypeDeclaration<?> decl) {
    for (TypeInfo t : types(decl.getNameAsString())) {
      if (t.decl == decl) {
        return t;
      }
    }
    return null;
  }

  /**
   * The project types named {@code name} that code in {@code from} can mean: those of the same
   * file, else of the same package or imported by it, else all of them.
   */
  List<TypeInfo> visible(String name, SourceFile from) {
    List<TypeInfo> all = types(name);
    if (all.size() <= 1) {
      return all;
    }
    List<TypeInfo> same = all.stream().filter(t -> t.file == from).toList();
    if (!same.isEmpty()) {
      return same;
    }
    String pkg = packageOf(from);
    Set<String> imports =
        this.imports.computeIfAbsent(
            from,
            f -> {
              Set<String> names = new HashSet<>();
              f.unit().getImports().forEach(i -> names.add(i.getNameAsString()));
              return names;
            });
    List<TypeInfo> near =
        all.stream()
            .filter(
                t ->
                    packageOf(t.file).equals(pkg)
                        || imports.contains(qualified(t))
                        || imports.contains(packageOf(t.file)))
            .toList();
    return near.isEmpty() ? all : near;
  }

  private static String packageOf(SourceFile f) {
    return f.unit().getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
  }

  private static String qualified(TypeInfo t) {
    return t.decl.getFullyQualifiedName().orElse(t.name);
  }

  /** The constant {@code Type.name}, or null. */
  @Nullable Object constant(String type, String name, SourceFile from) {
    for (TypeInfo t : visible(type, from)) {
      Object c = t.constants.get(name);
      if (c != null) {
        return c;
      }
    }
    return null;
  }

  /** The project type that declares field {@code name}, seen from {@code type}, or null. */
  @Nullable TypeInfo fieldOwner(String type, String name, SourceFile from) {
    Set<TypeInfo> seen = new HashSet<>();
    List<TypeInfo> work = new ArrayList<>(visible(type, from));
    while (!work.isEmpty()) {
      TypeInfo info = work.removeLast();
      if (!seen.add(info)) {
        continue;
      }
      if (info.fieldTypes.containsKey(name)) {
        return info;
      }
      for (String s : info.supertypes) {
        work.addAll(visible(s, info.file));
      }
    }
    return null;
  }

  /** The type of field {@code name} of {@code type} or its supertypes, or null. */
  @Nullable String fieldType(String type, String name, SourceFile from) {
    TypeInfo owner = fieldOwner(type, name, from);
    return owner == null ? null : owner.fieldTypes.get(name);
  }

  /**
   * The project methods a call of {@code name} with {@code argc} arguments on a receiver of static
   * type {@code type} (as named in {@code from}) may run: the nearest declaration in the type or
   * its supertypes, and overriding declarations in its subtypes (so an interface call reaches every
   * implementation present).
   */
  List<MethodInfo> resolve(String type, String name, int argc, SourceFile from) {
    Set<MethodInfo> out = new LinkedHashSet<>();
    List<TypeInfo> start = visible(type, from);
    Set<TypeInfo> seen = new HashSet<>();
    List<TypeInfo> up = new ArrayList<>(start);
    while (!up.isEmpty() && out.isEmpty()) {
      TypeInfo info = up.removeFirst();
      if (!seen.add(info)) {
        continue;
      }
      addMatching(info, name, argc, out);
      for (String s : info.supertypes) {
        up.addAll(visible(s, info.file));
      }
    }
    Set<TypeInfo> down = new HashSet<>();
    List<TypeInfo> work = new ArrayList<>(start);
    while (!work.isEmpty()) {
      TypeInfo t = work.removeLast();
      for (TypeInfo sub : subtypes(t)) {
        if (down.add(sub)) {
          addMatching(sub, name, argc, out);
          work.add(sub);
        }
      }
    }
    return new ArrayList<>(out);
  }

  /** The project types that extend or implement {@code t} directly. */
  private List<TypeInfo> subtypes(TypeInfo t) {
    List<TypeInfo> out = new ArrayList<>();
    for (String subName : subtypes.getOrDefault(t.name, Set.of())) {
      for (TypeInfo sub : types(subName)) {
        if (sub.supertypes.contains(t.name) && visible(t.name, sub.file).contains(t)) {
          out.add(sub);
        }
      }
    }
    return out;
  }

  /** Project methods named {@code name} with {@code argc} arguments in any class. */
  List<MethodInfo> byName(String name, int argc) {
    List<MethodInfo> out = new ArrayList<>();
    for (MethodInfo m : methodsByName.getOrDefault(name, List.of())) {
      if (accepts(m, argc)) {
        out.add(m);
      }
    }
    return out;
  }

  /** Line {@code line} (1-based) of {@code file}, stripped; empty when out of range. */
  String line(SourceFile file, int line) {
    String[] lines = this.lines.computeIfAbsent(file, f -> f.text().split("\n", -1));
    return line >= 1 && line <= lines.length ? lines[line - 1].strip() : "";
  }

  /** The components of record {@code type} as seen from {@code from}, or empty. */
  List<String> recordComponents(String type, SourceFile from) {
    for (TypeInfo t : visible(type, from)) {
      if (!t.components.isEmpty()) {
        return t.components;
      }
    }
    return List.of();
  }

  List<MethodInfo> constructors(String type, int argc, SourceFile from) {
    List<MethodInfo> out = new ArrayList<>();
    for (TypeInfo t : visible(type, from)) {
      for (MethodInfo c : t.constructors) {
        if (accepts(c, argc)) {
          out.add(c);
        }
      }
    }
    return out;
  }

  private static void addMatching(TypeInfo info, String name, int argc, Set<MethodInfo> out) {
    for (MethodInfo m : info.methods.getOrDefault(name, List.of())) {
      if (accepts(m, argc)) {
        out.add(m);
      }
    }
  }

  private static boolean accepts(MethodInfo m, int argc) {
    return m.arity() == argc || (m.varargs() && argc >= m.arity() - 1);
  }

  /** The simple name of a type without type arguments or array brackets. */
  static String simpleName(Type type) {
    Type t = type;
    while (t.isArrayType()) {
      t = t.asArrayType().getComponentType();
    }
    if (t instanceof ClassOrInterfaceType c) {
      return c.getNameAsString();
    }
    return t.asString();
  }

  /** The type declaration that encloses {@code node}, or null. */
  static @Nullable TypeDeclaration<?> enclosingType(Node node) {
    Node n = node.getParentNode().orElse(null);
    while (n != null && !(n instanceof TypeDeclaration<?>)) {
      n = n.getParentNode().orElse(null);
    }
    return (TypeDeclaration<?>) n;
  }
}
