package dev.garlic.workspace.java;

import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ParserConfiguration.LanguageLevel;
import com.github.javaparser.Processor;
import com.github.javaparser.ast.Node;

/**
 * The parser configuration of the outline extractor, built for speed. The grammar runs at the
 * newest language level (which turns on {@code yield} and the other contextual keywords), but the
 * post-parse validation against that level is skipped: it walks every tree several times, costs
 * about a third of the parse, and only adds problems the index does not need (syntax errors still
 * come from the parser). Without it {@code var} stays a plain type name, which the walker
 * recognises. Comment attribution is off too; Javadoc is matched by position instead. Tokens stay
 * on: without them JavaParser records no source ranges.
 */
final class FastParsing {

  private FastParsing() {}

  /**
   * A fresh configuration for one parse: it changes its own language level halfway through, so it
   * must not be shared between threads.
   */
  static ParserConfiguration configuration() {
    ParserConfiguration configuration =
        new ParserConfiguration()
            .setLanguageLevel(LanguageLevel.BLEEDING_EDGE)
            .setAttributeComments(false)
            .setDetectOriginalLineSeparator(false);
    // Post-processors run in list order after parsing; from here on the level is RAW, so the
    // language-level validation that follows finds nothing to do.
    configuration.getProcessors().addFirst(SkipValidation::new);
    return configuration;
  }

  private static final class SkipValidation extends Processor {

    @Override
    public void postProcess(ParseResult<? extends Node> result, ParserConfiguration configuration) {
      configuration.setLanguageLevel(LanguageLevel.RAW);
    }
  }
}
