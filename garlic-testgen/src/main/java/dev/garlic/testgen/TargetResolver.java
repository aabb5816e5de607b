package dev.garlic.testgen;

import dev.garlic.spi.GarlicException;
import dev.garlic.testgen.model.TargetProject;
import dev.garlic.workspace.build.BuildInfo;
import dev.garlic.workspace.build.BuildModule;
import dev.garlic.workspace.build.BuildSystem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Turns a {@code garlic test} TARGET into the top-level classes it names and the module they belong
 * to. A TARGET is a class ({@code com.acme.Money}, {@code com.acme.Outer$Inner}), a package ({@code
 * com.acme}, its classes and those of its subpackages), a source file or a directory (a module
 * directory or a package directory under a main source root), relative to the workspace root or
 * absolute. Classes are read from the main source files ({@code package-info} and {@code
 * module-info} excluded). Stateless.
 */
final class TargetResolver {

  /** The classes of one TARGET and the module they are in. */
  record Resolved(BuildModule module, List<String> classes) {}

  private final BuildInfo build;

  TargetResolver(BuildInfo build) {
    this.build = build;
  }

  /**
   * The classes {@code target} names, sorted.
   *
   * @throws GarlicException (input) when nothing matches, with the closest class names
   */
  Resolved resolve(String target) {
    String spec = target.strip();
    if (spec.isEmpty()) {
      throw GarlicException.usage(
          "the TARGET must not be blank: give a class, package, file or directory");
    }
    Optional<Path> path = existingPath(spec);
    if (path.isPresent()) {
      return resolvePath(spec, path.get());
    }
    String name = spec.endsWith(".java") ? spec.substring(0, spec.length() - 5) : spec;
    List<Resolved> all = allClasses();
    // A nested class (com.acme.Outer$Inner) is found through the source file of its outer class.
    String outer = name.contains("$") ? name.substring(0, name.indexOf('$')) : name;
    for (Resolved module : all) {
      if (module.classes().contains(outer)) {
        return new Resolved(module.module(), List.of(name));
      }
    }
    for (Resolved module : all) {
      List<String> inPackage =
          module.classes().stream().filter(c -> c.startsWith(name + ".")).toList();
      if (!inPackage.isEmpty()) {
        return new Resolved(module.module(), inPackage);
      }
    }
    throw notFound(spec, all);
  }

  private Optional<Path> existingPath(String spec) {
    try {
      Path path = build.root().resolve(spec).normalize();
      return Files.exists(path) ? Optional.of(path) : Optional.empty();
    } catch (java.nio.file.InvalidPathException e) {
      return Optional.empty();
    }
  }

  private Resolved resolvePath(String spec, Path path) {
    Path root = build.root().toAbsolutePath().normalize();
    Path absolute = path.toAbsolutePath().normalize();
    for (BuildModule module : modulesDeepestFirst()) {
      for (String mainRoot : module.mainRoots()) {
        Path sourceRoot = root.resolve(mainRoot).normalize();
        if (absolute.startsWith(sourceRoot)) {
          List<String> classes = classesUnder(sourceRoot, absolute);
          if (classes.isEmpty()) {
            throw GarlicException.input(
                spec + " holds no Java class to test; give a class, package, file or directory");
          }
          return new Resolved(module, classes);
        }
      }
    }
    for (BuildModule module : modulesDeepestFirst()) {
      Path moduleDir = root.resolve(module.path()).normalize();
      if (absolute.equals(moduleDir)) {
        List<String> classes = new ArrayList<>();
        for (String mainRoot : module.mainRoots()) {
          Path sourceRoot = root.resolve(mainRoot).normalize();
          classes.addAll(classesUnder(sourceRoot, sourceRoot));
        }
        if (classes.isEmpty()) {
          throw GarlicException.input("module " + spec + " has no main Java classes to test");
        }
        return new Resolved(module, classes.stream().sorted().toList());
      }
    }
    throw GarlicException.input(
        spec
            + " is not under a main source root of the project (tests are generated for main"
            + " code, e.g. src/main/java)");
  }

  private List<BuildModule> modulesDeepestFirst() {
    return build.modules().stream()
        .sorted(Comparator.comparingInt((BuildModule m) -> m.path().length()).reversed())
        .toList();
  }

  /** Every module with the classes of its main source roots. */
  List<Resolved> allClasses() {
    List<Resolved> all = new ArrayList<>();
    Path root = build.root().toAbsolutePath().normalize();
    for (BuildModule module : build.modules()) {
      List<String> classes = new ArrayList<>();
      for (String mainRoot : module.mainRoots()) {
        Path sourceRoot = root.resolve(mainRoot).normalize();
        classes.addAll(classesUnder(sourceRoot, sourceRoot));
      }
      all.add(new Resolved(module, classes.stream().sorted().toList()));
    }
    return all;
  }

  private static List<String> classesUnder(Path sourceRoot, Path start) {
    if (!Files.exists(start)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(start)) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(".java"))
          .filter(Files::isRegularFile)
          .map(f -> sourceRoot.relativize(f).toString().replace('\\', '/'))
          .map(r -> r.substring(0, r.length() - ".java".length()).replace('/', '.'))
          .filter(c -> !c.endsWith("package-info") && !c.endsWith("module-info"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw GarlicException.environment("cannot list " + start + ": " + e.getMessage());
    }
  }

  private static GarlicException notFound(String spec, List<Resolved> all) {
    List<String> names = all.stream().flatMap(r -> r.classes().stream()).toList();
    String wanted = spec.toLowerCase(Locale.ROOT);
    String simpleWanted = wanted.substring(wanted.lastIndexOf('.') + 1);
    List<String> close =
        names.stream()
            .filter(
                n -> {
                  String lower = n.toLowerCase(Locale.ROOT);
                  String simple = lower.substring(lower.lastIndexOf('.') + 1);
                  return distance(lower, wanted) <= Math.max(2, wanted.length() / 4)
                      || distance(simple, simpleWanted) <= Math.max(1, simpleWanted.length() / 4);
                })
            .sorted(Comparator.comparingInt(n -> distance(n.toLowerCase(Locale.ROOT), wanted)))
            .limit(3)
            .toList();
    String hint =
        close.isEmpty()
            ? "give a fully qualified class name, a package, a source file or a module directory"
            : "did you mean " + String.join(", ", close) + "?";
    return GarlicException.input(
        "no class, package, file or directory '" + spec + "' in the project; " + hint);
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  /** The {@link TargetProject} of {@code module}: its compiled classes, tests and class path. */
  TargetProject project(BuildModule module, List<Path> dependencies) {
    Path root = build.root().toAbsolutePath().normalize();
    Path dir = root.resolve(module.path()).normalize();
    boolean gradle = build.system() == BuildSystem.GRADLE;
    Path classes = gradle ? dir.resolve("build/classes/java/main") : dir.resolve("target/classes");
    Path testClasses =
        gradle ? dir.resolve("build/classes/java/test") : dir.resolve("target/test-classes");
    List<Path> deps = new ArrayList<>();
    for (BuildModule other : build.modules()) {
      if (!other.equals(module)) {
        Path otherDir = root.resolve(other.path()).normalize();
        Path otherClasses =
            gradle
                ? otherDir.resolve("build/classes/java/main")
                : otherDir.resolve("target/classes");
        if (Files.isDirectory(otherClasses)) {
          deps.add(otherClasses);
        }
      }
    }
    deps.addAll(dependencies);
    Path testRoot =
        module.testRoots().isEmpty()
            ? dir.resolve("src/test/java")
            : root.resolve(module.testRoots().getFirst()).normalize();
    return new TargetProject(
        root,
        module.mainRoots().stream().map(r -> root.resolve(r).normalize()).toList(),
        List.of(classes),
        Files.isDirectory(testClasses) ? List.of(testClasses) : List.of(),
        deps,
        testRoot);
  }
}
