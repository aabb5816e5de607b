package dev.garlic.testgen.write;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The imports of one rendered test class: hands out the shortest name that compiles for a class and
 * keeps the import lines sorted, static imports first, never a wildcard. Not thread-safe.
 */
final class Imports {

  private static final String ASSERTIONS = "org.junit.jupiter.api.Assertions";

  private final String packageName;
  private final Map<String, String> bySimpleName = new HashMap<>();
  private final TreeSet<String> imports = new TreeSet<>();
  private final TreeSet<String> staticImports = new TreeSet<>();

  Imports(String packageName, String testClassName) {
    this.packageName = packageName;
    bySimpleName.put(testClassName, packageName + "." + testClassName);
  }

  /**
   * The name to write for a class given by its binary name ({@code com.acme.Money$Currency}): its
   * simple name, imported when needed, or its canonical name when that simple name is taken.
   */
  String use(String binaryName) {
    String canonical = binaryName.replace('$', '.');
    String simple = canonical.substring(canonical.lastIndexOf('.') + 1);
    String owner =
        binaryName.contains(".") ? binaryName.substring(0, binaryName.lastIndexOf('.')) : "";
    boolean topLevel = !binaryName.contains("$");
    String known = bySimpleName.putIfAbsent(simple, canonical);
    if (known != null && !known.equals(canonical)) {
      return canonical;
    }
    boolean implicit = topLevel && (owner.equals(packageName) || owner.equals("java.lang"));
    if (!implicit) {
      imports.add(canonical);
    }
    return simple;
  }

  /** Imports what a value's expression needs; a clash is left for the compiler to report. */
  void addAll(List<String> canonicalNames) {
    for (String name : canonicalNames) {
      String simple = name.substring(name.lastIndexOf('.') + 1);
      String known = bySimpleName.putIfAbsent(simple, name);
      String owner = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : "";
      if ((known == null || known.equals(name))
          && !owner.equals("java.lang")
          && !owner.equals(packageName)) {
        imports.add(name);
      }
    }
  }

  /** Statically imports one method of JUnit's {@code Assertions}; returns its simple name. */
  String assertion(String method) {
    staticImports.add(ASSERTIONS + "." + method);
    return method;
  }

  /** The import block: static imports, a blank line, the others; empty when there are none. */
  List<String> lines() {
    List<String> lines = new ArrayList<>();
    staticImports.forEach(name -> lines.add("import static " + name + ";"));
    if (!staticImports.isEmpty() && !imports.isEmpty()) {
      lines.add("");
    }
    imports.forEach(name -> lines.add("import " + name + ";"));
    return lines;
  }
}
