package dev.garlic.agent.context;

/**
 * A module, package or dependency a file names: an import in source code or a declaration in a
 * build file.
 *
 * @param line the 1-based line it is on
 * @param lineText that line, stripped
 * @param name the module as written ({@code java.util.logging.Logger}, {@code pandas}, {@code
 *     lodash/fp}, {@code com.google.guava:guava})
 * @param kind how the file names it, which decides how names are compared
 */
record ModuleReference(int line, String lineText, String name, Kind kind) {

  /** How a module is named, by ecosystem and by import versus declared dependency. */
  enum Kind {
    /** A Java, Kotlin, Scala or Groovy import: a dotted name. */
    JVM_IMPORT(false),
    /** A Maven or Gradle dependency: {@code group:artifact}. */
    JVM_COORDINATE(true),
    /** A Python import: a dotted module name. */
    PYTHON_IMPORT(false),
    /** A Python distribution in requirements.txt or pyproject.toml. */
    PYTHON_REQUIREMENT(true),
    /** A JavaScript or TypeScript import or require specifier. */
    JS_IMPORT(false),
    /** An npm dependency in package.json. */
    NPM_DEPENDENCY(true),
    /** A Go import path. */
    GO_IMPORT(false),
    /** A Go module required in go.mod. */
    GO_REQUIREMENT(true);

    private final boolean declaration;

    Kind(boolean declaration) {
      this.declaration = declaration;
    }

    /** Whether this names a dependency in a build file rather than an import in code. */
    boolean declaration() {
      return declaration;
    }
  }
}
