package dev.garlic.audit.taint;

import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.resolution.MethodUsage;
import com.github.javaparser.resolution.TypeSolver;
import com.github.javaparser.resolution.declarations.ResolvedReferenceTypeDeclaration;
import com.github.javaparser.resolution.model.SymbolReference;
import com.github.javaparser.resolution.types.ResolvedType;
import com.github.javaparser.symbolsolver.resolution.typesolvers.CombinedTypeSolver;
import com.github.javaparser.symbolsolver.resolution.typesolvers.JarTypeSolver;
import com.github.javaparser.symbolsolver.resolution.typesolvers.ReflectionTypeSolver;
import dev.garlic.audit.SourceFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The declared return types of library methods, read from the JDK and the project's dependency
 * jars, so that a call chain such as {@code HttpClient.newBuilder().build().send(...)} or {@code
 * clients.jdbc().query(sql)} keeps a type the sinks can match. A type is looked up by the simple
 * name the code uses, through the file's imports (and {@code java.lang}); an answer is given only
 * when every way of reading the name agrees. Memoised; not thread-safe (one per analysis).
 */
final class LibraryTypes {

  private final List<Path> jars;
  private final Map<String, Optional<String>> memo = new HashMap<>();
  private @Nullable TypeSolver solver;

  LibraryTypes(List<Path> jars) {
    this.jars = List.copyOf(jars);
  }

  /** Opened on the first question: indexing every jar costs time an audit may never need. */
  private TypeSolver solver() {
    if (solver == null) {
      CombinedTypeSolver combined = new CombinedTypeSolver(new ReflectionTypeSolver());
      for (Path jar : jars) {
        try {
          combined.add(new JarTypeSolver(jar));
        } catch (IOException | RuntimeException e) {
          // A jar that cannot be read only means fewer types are known.
        }
      }
      solver = combined;
    }
    return solver;
  }

  /**
   * The simple name of what {@code owner.name(...)} with {@code argc} arguments returns, or null.
   */
  @Nullable String returnType(String owner, String name, int argc, SourceFile from) {
    List<String> candidates = qualified(owner, from);
    String key = String.join(",", candidates) + "#" + name + "/" + argc;
    return memo.computeIfAbsent(key, k -> lookUp(candidates, name, argc)).orElse(null);
  }

  private Optional<String> lookUp(List<String> candidates, String name, int argc) {
    String found = null;
    for (String fqn : candidates) {
      String type = returnTypeIn(fqn, name, argc);
      if (type == null) {
        continue;
      }
      if (found != null && !found.equals(type)) {
        return Optional.empty();
      }
      found = type;
    }
    return Optional.ofNullable(found);
  }

  private @Nullable String returnTypeIn(String fqn, String name, int argc) {
    try {
      SymbolReference<ResolvedReferenceTypeDeclaration> ref = solver().tryToSolveType(fqn);
      if (!ref.isSolved()) {
        return null;
      }
      String result = null;
      for (MethodUsage m : ref.getCorrespondingDeclaration().getAllMethods()) {
        if (!m.getName().equals(name) || m.getParamTypes().size() != argc) {
          continue;
        }
        String type = simpleName(m.returnType());
        if (type == null || (result != null && !result.equals(type))) {
          return null; // overloads that disagree: no single answer
        }
        result = type;
      }
      return result;
    } catch (RuntimeException | LinkageError e) {
      // Missing supertypes or unreadable signatures: the type stays unknown, as without a jar.
      return null;
    }
  }

  private static @Nullable String simpleName(ResolvedType t) {
    if (t.isReferenceType()) {
      String q = t.asReferenceType().getQualifiedName();
      return q.substring(q.lastIndexOf('.') + 1);
    }
    return t.isPrimitive() ? t.asPrimitive().describe() : null;
  }

  /** The fully qualified names {@code simple} may stand for in {@code file}. */
  private static List<String> qualified(String simple, SourceFile file) {
    if (simple.contains(".")) {
      return List.of(simple);
    }
    List<String> out = new ArrayList<>();
    List<String> wildcards = new ArrayList<>();
    for (ImportDeclaration i : file.unit().getImports()) {
      if (i.isStatic()) {
        continue;
      }
      String n = i.getNameAsString();
      if (i.isAsterisk()) {
        wildcards.add(n + "." + simple);
      } else if (n.equals(simple) || n.endsWith("." + simple)) {
        return List.of(n);
      }
    }
    out.addAll(wildcards);
    out.add("java.lang." + simple);
    return out;
  }
}
