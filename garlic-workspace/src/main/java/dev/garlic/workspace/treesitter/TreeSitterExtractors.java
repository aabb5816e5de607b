package dev.garlic.workspace.treesitter;

import dev.garlic.workspace.Language;
import dev.garlic.workspace.outline.OutlineExtractor;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The tree-sitter outline extractors: one per language Garlic reads without a dedicated front end
 * (Kotlin, Scala, Python, JavaScript, TypeScript, Go, C#, C, C++, Ruby, PHP, Rust, Shell).
 *
 * <p>The extractors give definitions with kinds, dotted qualified names (led by the package or
 * namespace the file declares, or for Python by the module path of the file), one-line signatures
 * and first doc sentences; references by name, unresolved ({@code target} null, no candidates);
 * imports as written; and one problem per line with a syntax error. They are thread-safe and never
 * throw on bad syntax. TypeScript files, {@code .tsx} included, are read with the TypeScript
 * grammar because no TSX grammar is published for the binding: JSX in them is reported as syntax
 * errors, and the definitions around it are still found.
 *
 * <p>Each grammar (a native library) is loaded and its query compiled when its extractor is first
 * used, which takes up to a second; the map itself is built once and shared. On a platform the
 * grammar jars ship no library for, {@code outline} throws a {@link dev.garlic.spi.GarlicException}
 * (environment) naming the language and the platform.
 */
public final class TreeSitterExtractors {

  private static final Map<Language, OutlineExtractor> ALL = create();

  private TreeSitterExtractors() {}

  /** One extractor per language, unmodifiable. */
  public static Map<Language, OutlineExtractor> all() {
    return ALL;
  }

  private static Map<Language, OutlineExtractor> create() {
    Map<Language, OutlineExtractor> extractors = new EnumMap<>(Language.class);
    for (Grammar grammar : Grammar.values()) {
      extractors.put(grammar.language(), new TreeSitterExtractor(grammar));
    }
    return Collections.unmodifiableMap(extractors);
  }
}
