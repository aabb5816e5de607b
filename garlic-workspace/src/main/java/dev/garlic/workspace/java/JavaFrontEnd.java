package dev.garlic.workspace.java;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ParserConfiguration.LanguageLevel;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.resolution.TypeSolver;
import com.github.javaparser.symbolsolver.JavaSymbolSolver;
import com.github.javaparser.symbolsolver.resolution.typesolvers.CombinedTypeSolver;
import com.github.javaparser.symbolsolver.resolution.typesolvers.JarTypeSolver;
import com.github.javaparser.symbolsolver.resolution.typesolvers.JavaParserTypeSolver;
import com.github.javaparser.symbolsolver.resolution.typesolvers.ReflectionTypeSolver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses Java source for the engines, with error recovery, at the newest language level JavaParser
 * knows (records, sealed types, switch patterns, text blocks). Broken statements become {@code
 * UnparsableStmt}s; when a broken declaration defeats JavaParser, the tree holds what precedes that
 * declaration. Comments are attached to the nodes they document. To edit source, use {@link
 * JavaRewriter}, which keeps the formatting.
 *
 * <p>{@link #parse} is thread-safe. A front end made by {@link #withTypeSolving} attaches a symbol
 * solver to every tree it returns, so {@code node.resolve()} and {@code
 * expr.calculateResolvedType()} work. JavaParser's resolution caches are unsynchronized, and some
 * of them are static, so resolve on one thread at a time. Never throws on bad syntax: problems come
 * back in {@link ParsedJava#problems()}.
 */
public final class JavaFrontEnd {

  private final ParserConfiguration configuration;
  private final List<String> setupProblems;

  /** A front end without symbol resolution: parsing only. */
  public JavaFrontEnd() {
    this(baseConfiguration(), List.of());
  }

  private JavaFrontEnd(ParserConfiguration configuration, List<String> setupProblems) {
    this.configuration = configuration;
    this.setupProblems = List.copyOf(setupProblems);
  }

  /**
   * A front end whose trees resolve symbols against the JDK (by reflection), the given source roots
   * and jars. Jars or source roots that cannot be opened are skipped and listed in {@link
   * #problems()}.
   */
  public static JavaFrontEnd withTypeSolving(List<Path> classpathJars, List<Path> sourceRoots) {
    List<String> problems = new ArrayList<>();
    List<TypeSolver> solvers = new ArrayList<>();
    solvers.add(new ReflectionTypeSolver());
    for (Path root : sourceRoots) {
      if (Files.isDirectory(root)) {
        solvers.add(new JavaParserTypeSolver(root, baseConfiguration()));
      } else {
        problems.add("source root " + root + " is not a directory; skipped it");
      }
    }
    for (Path jar : classpathJars) {
      try {
        solvers.add(new JarTypeSolver(jar));
      } catch (IOException | RuntimeException e) {
        problems.add("cannot open classpath jar " + jar + " (" + e.getMessage() + "); skipped it");
      }
    }
    ParserConfiguration configuration = baseConfiguration();
    configuration.setSymbolResolver(new JavaSymbolSolver(new CombinedTypeSolver(solvers)));
    return new JavaFrontEnd(configuration, problems);
  }

  /** Problems met while setting up type solving (unreadable jars, missing source roots). */
  public List<String> problems() {
    return setupProblems;
  }

  /** Parses one file; {@code path} is only carried along for reporting. */
  public ParsedJava parse(String path, String text) {
    // A JavaParser holds per-parse state, so each call gets its own; the configuration is shared.
    ParseResult<CompilationUnit> result = new JavaParser(configuration).parse(text);
    List<String> problems = ParseProblems.lines(result.getProblems());
    if (PrefixRecovery.gaveUp(result)) {
      ParseResult<CompilationUnit> prefix =
          PrefixRecovery.parsePrefix(() -> configuration, text, result.getProblems());
      return new ParsedJava(
          path, prefix == null ? null : prefix.getResult().orElse(null), problems);
    }
    return new ParsedJava(path, result.getResult().get(), problems);
  }

  private static ParserConfiguration baseConfiguration() {
    return new ParserConfiguration().setLanguageLevel(LanguageLevel.BLEEDING_EDGE);
  }
}
