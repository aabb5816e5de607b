package dev.garlic.index.store;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.util.CharTokenizer;

/**
 * The analyzer of every searchable field: splits text into identifier-like tokens and indexes each
 * as a whole, by segment and by word, in lower case (see {@link Identifier}). Thread-safe, as every
 * Lucene analyzer.
 */
final class IdentifierAnalyzer extends Analyzer {

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = CharTokenizer.fromTokenCharPredicate(Identifier::isTokenChar);
    return new TokenStreamComponents(source, new IdentifierFilter(source));
  }
}
