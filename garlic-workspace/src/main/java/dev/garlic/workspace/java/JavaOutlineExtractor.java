package dev.garlic.workspace.java;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import dev.garlic.workspace.outline.Outline;
import dev.garlic.workspace.outline.OutlineExtractor;
import java.util.ArrayList;
import java.util.List;

/**
 * The index's view of a Java file: package, imports, definitions with signatures and doc summaries,
 * and references resolved from the file alone (no classpath, no symbol solver), so that a large
 * repository indexes in seconds. What the file cannot decide is left to the index as candidate
 * names; see {@code docs/design/java-front-end.md} for the rules.
 *
 * <p>Thread-safe and never throws on bad syntax: a broken file yields what JavaParser recovers,
 * with one problem line per error.
 */
public final class JavaOutlineExtractor implements OutlineExtractor {

  private static final String LANGUAGE = "java";

  @Override
  public Outline outline(String path, String text) {
    ParseResult<CompilationUnit> result = new JavaParser(FastParsing.configuration()).parse(text);
    List<String> problems = ParseProblems.lines(result.getProblems());
    if (PrefixRecovery.gaveUp(result)) {
      ParseResult<CompilationUnit> prefix =
          PrefixRecovery.parsePrefix(FastParsing::configuration, text, result.getProblems());
      if (prefix == null) {
        return new Outline(path, LANGUAGE, null, List.of(), List.of(), List.of(), problems);
      }
      result = prefix;
    }
    CompilationUnit unit = result.getResult().orElseThrow();
    String packageName = unit.getPackageDeclaration().map(p -> p.getNameAsString()).orElse(null);
    NameResolver resolver = new NameResolver(packageName);
    List<String> imports = new ArrayList<>(unit.getImports().size());
    long docFloor = unit.getPackageDeclaration().map(JavaOutlineExtractor::endKey).orElse(0L);
    for (ImportDeclaration declaration : unit.getImports()) {
      resolver.addImport(declaration);
      imports.add(asWritten(declaration));
      docFloor = endKey(declaration);
    }
    OutlineWalker walker =
        new OutlineWalker(
            path,
            packageName,
            new Scopes(resolver),
            new SourceText(text),
            new DocComments(result.getCommentsCollection().orElse(null)));
    walker.walk(unit, docFloor);
    return new Outline(
        path, LANGUAGE, packageName, imports, walker.definitions(), walker.references(), problems);
  }

  private static String asWritten(ImportDeclaration declaration) {
    String name = declaration.getNameAsString();
    String imported = declaration.isAsterisk() ? name + ".*" : name;
    return declaration.isStatic() ? "static " + imported : imported;
  }

  private static long endKey(Node node) {
    return node.getEnd().map(DocComments::key).orElse(0L);
  }
}
