package dev.garlic.workspace.java;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ParserConfiguration.LanguageLevel;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.printer.lexicalpreservation.LexicalPreservingPrinter;
import dev.garlic.spi.GarlicException;
import java.util.function.Consumer;

/**
 * Edits Java source through its syntax tree while keeping every untouched character: formatting,
 * comments and blank lines outside the changed nodes come back byte for byte (JavaParser's {@link
 * LexicalPreservingPrinter}). Thread-safe; each call parses its own tree.
 */
public final class JavaRewriter {

  private final ParserConfiguration configuration =
      new ParserConfiguration()
          .setLanguageLevel(LanguageLevel.BLEEDING_EDGE)
          .setLexicalPreservationEnabled(true);

  /**
   * Parses {@code text}, lets {@code change} modify the tree, and prints the result.
   *
   * @throws GarlicException (input) when {@code text} has a syntax error, because an edit through a
   *     partly recovered tree could silently drop code
   */
  public String rewrite(String text, Consumer<CompilationUnit> change) {
    ParseResult<CompilationUnit> result = new JavaParser(configuration).parse(text);
    if (!result.isSuccessful() || result.getResult().isEmpty()) {
      String problem =
          result.getProblems().isEmpty()
              ? "nothing could be parsed"
              : ParseProblems.line(result.getProblem(0));
      throw GarlicException.input(
          "cannot rewrite Java source with a syntax error (" + problem + "); fix it first");
    }
    CompilationUnit unit = result.getResult().get();
    change.accept(unit);
    return LexicalPreservingPrinter.print(unit);
  }
}
