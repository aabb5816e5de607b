package dev.garlic.workspace.java;

import com.github.javaparser.ast.ImportDeclaration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Resolves type names and statically imported members of one file the way javac would without a
 * classpath: types declared in the file, then single-type imports, then fully qualified names. What
 * remains gets candidates in Java's lookup order (same package, wildcard imports, {@code
 * java.lang}). Results are cached per enclosing type, since a file names the same types over and
 * over. One instance per file; not thread-safe.
 */
final class NameResolver {

  private final String packagePrefix;
  private final Map<String, String> singleImports = new HashMap<>();
  private final List<String> wildcardPrefixes = new ArrayList<>();
  private final Map<String, String> staticMemberOwners = new HashMap<>();
  private final List<String> staticWildcardOwners = new ArrayList<>();
  private final Set<String> fileTypes = new HashSet<>();
  private final Map<String, String> topLevelTypes = new HashMap<>();
  private final Map<String, String> nestedTypes = new HashMap<>();
  private final Map<String, Map<String, Resolution>> cache = new HashMap<>();

  NameResolver(@Nullable String packageName) {
    this.packagePrefix = packageName == null ? "" : packageName + ".";
  }

  void addImport(ImportDeclaration declaration) {
    String name = declaration.getNameAsString();
    if (declaration.isStatic()) {
      if (declaration.isAsterisk()) {
        staticWildcardOwners.add(name);
      } else {
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
          staticMemberOwners.put(name.substring(dot + 1), name.substring(0, dot));
        }
      }
    } else if (declaration.isAsterisk()) {
      wildcardPrefixes.add(name + ".");
    } else {
      singleImports.put(name.substring(name.lastIndexOf('.') + 1), name);
    }
  }

  void declareType(String qualifiedName, boolean topLevel) {
    fileTypes.add(qualifiedName);
    (topLevel ? topLevelTypes : nestedTypes).putIfAbsent(simpleName(qualifiedName), qualifiedName);
  }

  /** The type that a static single import brings {@code member} from, or null. */
  @Nullable String staticImportOwner(String member) {
    return staticMemberOwners.get(member);
  }

  List<String> staticWildcardOwners() {
    return staticWildcardOwners;
  }

  /**
   * Resolves a type name as written ({@code List}, {@code Map.Entry}, {@code java.util.List}) seen
   * from inside {@code enclosingTypes} (qualified names, innermost last; empty at top level).
   */
  Resolution resolveType(String name, List<String> enclosingTypes) {
    String innermost = enclosingTypes.isEmpty() ? "" : enclosingTypes.getLast();
    Map<String, Resolution> known = cache.computeIfAbsent(innermost, k -> new HashMap<>());
    Resolution resolution = known.get(name);
    if (resolution == null) {
      resolution = resolveUncached(name, enclosingTypes);
      known.put(name, resolution);
    }
    return resolution;
  }

  private Resolution resolveUncached(String name, List<String> enclosingTypes) {
    int dot = name.indexOf('.');
    String first = dot < 0 ? name : name.substring(0, dot);
    String rest = dot < 0 ? "" : name.substring(dot);
    String local = resolveSimple(first, enclosingTypes);
    if (local != null) {
      return Resolution.of(local + rest);
    }
    if (dot > 0 && Character.isLowerCase(first.charAt(0))) {
      return Resolution.of(name);
    }
    List<String> candidates = new ArrayList<>(2 + wildcardPrefixes.size());
    candidates.add(packagePrefix + name);
    for (String prefix : wildcardPrefixes) {
      addOnce(candidates, prefix + name);
    }
    addOnce(candidates, "java.lang." + name);
    return new Resolution(null, candidates);
  }

  private @Nullable String resolveSimple(String name, List<String> enclosingTypes) {
    for (int i = enclosingTypes.size() - 1; i >= 0; i--) {
      String enclosing = enclosingTypes.get(i);
      if (simpleName(enclosing).equals(name)) {
        return enclosing;
      }
      String nested = enclosing + "." + name;
      if (fileTypes.contains(nested)) {
        return nested;
      }
    }
    String found = topLevelTypes.get(name);
    if (found == null) {
      found = singleImports.get(name);
    }
    // A nested type of a sibling class is not in scope in Java, but when the file names it bare it
    // is almost always inherited from that sibling: a better guess than no target.
    return found != null ? found : nestedTypes.get(name);
  }

  private static void addOnce(List<String> candidates, String candidate) {
    if (!candidates.contains(candidate)) {
      candidates.add(candidate);
    }
  }

  static String simpleName(String qualifiedName) {
    return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
  }
}
