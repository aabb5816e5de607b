package dev.garlic.bench.audit;

import dev.garlic.testkit.ExpectMarkers;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.jspecify.annotations.Nullable;

/**
 * The labelled corpus of garlic audit as bytecode: every {@code .java} file under the corpus root
 * (the cases and the API stubs under {@code stubs/}) compiled together with javac. Files that do
 * not compile are left out, case by case, so that a corpus being written still yields a result.
 */
final class LabelledCorpus {

  private static final Pattern PACKAGE =
      Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
  private static final int MAX_ROUNDS = 20;

  private final List<CorpusScore.CaseFile> cases;
  private final Set<String> casePackages;
  private final List<String> skipped;
  private final Path classes;

  private LabelledCorpus(
      List<CorpusScore.CaseFile> cases,
      Set<String> casePackages,
      List<String> skipped,
      Path classes) {
    this.cases = cases;
    this.casePackages = casePackages;
    this.skipped = skipped;
    this.classes = classes;
  }

  /**
   * Reads and compiles the corpus under {@code root} into {@code work/classes}, with the API stubs
   * of {@code stubs} when given (a corpus that shares another's stubs), else those under {@code
   * root/stubs/}.
   */
  static LabelledCorpus compile(Path root, @Nullable Path stubs, Path work) throws IOException {
    if (!Files.isDirectory(root)) {
      throw new IOException("no corpus directory at " + root);
    }
    if (stubs != null && !Files.isDirectory(stubs)) {
      throw new IOException("no stubs directory at " + stubs);
    }
    List<Path> sources = new ArrayList<>(javaFiles(root));
    if (stubs != null) {
      sources.addAll(javaFiles(stubs));
    }
    if (sources.isEmpty()) {
      throw new IOException("the corpus at " + root + " has no .java files");
    }
    Path classes = work.resolve("classes");
    deleteTree(classes);
    Files.createDirectories(classes);
    Set<Path> included = new LinkedHashSet<>(sources);
    List<String> skipped = new ArrayList<>();
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new IOException("no Java compiler in this runtime; run the benchmark on a JDK");
    }
    for (int round = 0; ; round++) {
      Set<Path> failing = compileOnce(javac, included, classes);
      if (failing.isEmpty()) {
        break;
      }
      if (round == MAX_ROUNDS || !included.removeAll(failing)) {
        throw new IOException("the corpus does not compile; first failing files: " + failing);
      }
      failing.forEach(f -> skipped.add(root.relativize(f).toString()));
      deleteTree(classes);
      Files.createDirectories(classes);
    }
    List<CorpusScore.CaseFile> cases = new ArrayList<>();
    Set<String> packages = new TreeSet<>();
    for (Path p : included) {
      if (!p.startsWith(root) || (stubs != null && p.startsWith(stubs))) {
        continue;
      }
      String rel = root.relativize(p).toString().replace('\\', '/');
      if (rel.startsWith("stubs/")) {
        continue;
      }
      String text = Files.readString(p, StandardCharsets.UTF_8);
      Matcher m = PACKAGE.matcher(text);
      String pkg = m.find() ? m.group(1) : "";
      packages.add(pkg);
      String sourcePath =
          (pkg.isEmpty() ? "" : pkg.replace('.', '/') + "/") + p.getFileName().toString();
      String group = rel.contains("/") ? rel.substring(0, rel.lastIndexOf('/')) : "";
      cases.add(new CorpusScore.CaseFile(sourcePath, group, ExpectMarkers.parse(text)));
    }
    return new LabelledCorpus(cases, packages, skipped, classes);
  }

  private static List<Path> javaFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
  }

  private static Set<Path> compileOnce(JavaCompiler javac, Set<Path> sources, Path classes)
      throws IOException {
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager fm =
        javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
      Iterable<? extends JavaFileObject> units = fm.getJavaFileObjectsFromPaths(sources);
      List<String> options =
          List.of("-d", classes.toString(), "-g", "-proc:none", "-nowarn", "--release", "21");
      boolean ok = javac.getTask(new StringWriter(), fm, diagnostics, options, null, units).call();
      Set<Path> failing = new LinkedHashSet<>();
      if (!ok) {
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
          if (d.getKind() == Diagnostic.Kind.ERROR && d.getSource() != null) {
            failing.add(Path.of(d.getSource().toUri()));
          }
        }
        if (failing.isEmpty()) {
          throw new IOException("javac failed without naming a file: " + diagnostics);
        }
      }
      return failing;
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  List<CorpusScore.CaseFile> cases() {
    return cases;
  }

  /** The case files left out because they did not compile, relative to the corpus root. */
  List<String> skipped() {
    return skipped;
  }

  Path classes() {
    return classes;
  }

  /** SpotBugs' {@code -onlyAnalyze} value that selects the cases and not the stubs. */
  String onlyAnalyze() {
    if (casePackages.contains("")) {
      return ""; // a case in the default package: analyse everything, stubs included
    }
    return String.join(",", casePackages.stream().map(p -> p + ".*").toList());
  }

  int markerCount() {
    return cases.stream().mapToInt(c -> c.markers().size()).sum();
  }
}
