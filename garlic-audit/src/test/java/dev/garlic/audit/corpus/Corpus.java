package dev.garlic.audit.corpus;

import dev.garlic.audit.AuditProject;
import dev.garlic.audit.SourceFile;
import dev.garlic.testkit.ExpectMarkers;
import dev.garlic.workspace.java.JavaFrontEnd;
import dev.garlic.workspace.java.ParsedJava;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The labelled corpus of the audit, read from the test class path ({@code corpus/} under the test
 * resources): the cases in one directory per CWE ({@code cwe89/SqlDirect.java}), the stand-ins of
 * third-party APIs under {@code stubs/} (compiled with the cases, never audited), and the resources
 * the cases read under {@code resources/}.
 *
 * @param root the corpus directory
 * @param cases every case, sorted by path
 * @param stubs the paths of the stub sources, relative to {@code root}, or absolute when they are
 *     shared from another corpus (the held-out corpus compiles against the stubs of this one)
 * @param resources the resources by class-path name to their text
 */
record Corpus(Path root, List<CorpusCase> cases, List<Path> stubs, Map<String, String> resources) {

  static final String STUBS = "stubs";
  static final String RESOURCES = "resources";
  static final String HELD_OUT = "heldout";

  Corpus {
    cases = List.copyOf(cases);
    stubs = List.copyOf(stubs);
    resources = Map.copyOf(resources);
  }

  /** The corpus on the test class path. */
  static Corpus load() {
    URL url = Corpus.class.getResource("/corpus");
    if (url == null) {
      throw new IllegalStateException("corpus/ is missing from the test class path");
    }
    try {
      return load(Path.of(url.toURI()));
    } catch (URISyntaxException e) {
      throw new IllegalStateException("corpus/ is not a directory on the class path: " + url, e);
    }
  }

  /**
   * The held-out corpus on the test class path ({@code heldout/}): small applications, one
   * directory each, written without reading the engine. Its cases compile against the stubs of
   * {@code corpus/stubs}; they have no CWE directory, so each {@code none} marker names the CWE it
   * guards against ({@code // EXPECT: none CWE-89}).
   */
  static Corpus heldOut() {
    Path corpus = classPathDirectory("/corpus");
    Path root = classPathDirectory("/" + HELD_OUT);
    List<Path> shared = new ArrayList<>();
    for (Path stub : files(corpus.resolve(STUBS))) {
      shared.add(stub.toAbsolutePath());
    }
    return load(root, shared, relative -> "");
  }

  /** The corpus in {@code root}. */
  static Corpus load(Path root) {
    return load(root, List.of(), Corpus::group);
  }

  /**
   * The cases, stubs and resources in {@code root}, plus {@code sharedStubs} from elsewhere; {@code
   * grouping} gives the category of a case's {@code none} lines from its relative path (empty when
   * the markers name it themselves).
   */
  private static Corpus load(Path root, List<Path> sharedStubs, Function<String, String> grouping) {
    List<CorpusCase> cases = new ArrayList<>();
    List<Path> stubs = new ArrayList<>(sharedStubs);
    Map<String, String> resources = new LinkedHashMap<>();
    for (Path file : files(root)) {
      String relative = slashed(root.relativize(file));
      if (relative.startsWith(STUBS + "/")) {
        stubs.add(root.relativize(file));
      } else if (relative.startsWith(RESOURCES + "/")) {
        resources.put(relative.substring(RESOURCES.length() + 1), read(file));
      } else if (relative.endsWith(".java")) {
        String text = read(file);
        cases.add(
            new CorpusCase(relative, grouping.apply(relative), text, ExpectMarkers.parse(text)));
      }
    }
    return new Corpus(root, cases, stubs, resources);
  }

  /**
   * The corpus as the audit sees a project: every case parsed (the stubs stand for libraries, so
   * they are left out, as a jar would be) and the resources by class-path name.
   *
   * @throws IllegalStateException naming the first case the front end cannot parse cleanly
   */
  AuditProject project(JavaFrontEnd frontEnd) {
    List<SourceFile> files = new ArrayList<>();
    for (CorpusCase c : cases) {
      ParsedJava parsed = frontEnd.parse(c.path(), c.text());
      if (!parsed.clean()) {
        throw new IllegalStateException(
            "corpus case " + c.path() + " does not parse: " + parsed.problems());
      }
      files.add(new SourceFile(c.path(), c.text(), parsed.compilationUnit()));
    }
    return new AuditProject(root, files, resources);
  }

  /** Every source file of the corpus, cases and stubs, for the compiler. */
  List<Path> javaSources() {
    List<Path> all = new ArrayList<>();
    cases.forEach(c -> all.add(root.resolve(c.path())));
    stubs.forEach(s -> all.add(root.resolve(s)));
    return all;
  }

  private static Path classPathDirectory(String name) {
    URL url = Corpus.class.getResource(name);
    if (url == null) {
      throw new IllegalStateException(name.substring(1) + "/ is missing from the test class path");
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(name + " is not a directory on the class path: " + url, e);
    }
  }

  private static String group(String relative) {
    int slash = relative.indexOf('/');
    String dir = slash < 0 ? "" : relative.substring(0, slash);
    if (!dir.matches("cwe[0-9]+")) {
      throw new IllegalStateException(
          "corpus case "
              + relative
              + " is not in a cwe<number>/ directory; move it to the directory of its CWE");
    }
    return "CWE-" + dir.substring(3);
  }

  private static List<Path> files(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().equals("floors.properties"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the corpus in " + root, e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read corpus file " + file, e);
    }
  }

  private static String slashed(Path relative) {
    return relative.toString().replace('\\', '/');
  }
}
