package dev.garlic.index.search;

import dev.garlic.protocol.code.SymbolKind;
import dev.garlic.spi.GarlicException;
import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A full-text search over the index.
 *
 * @param text plain words (all should match; ranked by BM25) and {@code "quoted phrases"};
 *     identifiers match across spellings ({@code indexOf}, {@code index of}, {@code index_of})
 * @param language only files of this language id ({@code java}), or null for all
 * @param pathGlob only files matching this pattern ({@code src/main/**}, {@code *Test.java}), or
 *     null for all; see {@code PathGlob}
 * @param kind {@code text} for text hits only, a {@link SymbolKind} name ({@code method}) for
 *     definitions of that kind only, or null for both
 * @param limit the most hits to return; values below 1 mean 20
 */
public record SearchQuery(
    String text,
    @Nullable String language,
    @Nullable String pathGlob,
    @Nullable String kind,
    int limit) {

  /** The kind that selects text hits only. */
  public static final String TEXT_KIND = "text";

  public SearchQuery {
    if (text.isBlank()) {
      throw GarlicException.usage("search: the query is empty; pass words or a \"quoted phrase\"");
    }
    limit = limit < 1 ? 20 : limit;
    if (kind != null && !kind.equalsIgnoreCase(TEXT_KIND)) {
      symbolKind(kind);
    }
  }

  /** A plain search for {@code text} with no filters. */
  public static SearchQuery of(String text, int limit) {
    return new SearchQuery(text, null, null, null, limit);
  }

  /** True if only text hits are wanted. */
  boolean textOnly() {
    return kind != null && kind.equalsIgnoreCase(TEXT_KIND);
  }

  /** The definition kind asked for, or null when none (or {@code text}) was. */
  @Nullable SymbolKind definitionKind() {
    return kind == null || textOnly() ? null : symbolKind(kind);
  }

  /**
   * Parses a kind name as users type it ({@code method}, {@code CLASS}).
   *
   * @throws GarlicException (usage) naming the known kinds
   */
  public static SymbolKind symbolKind(String name) {
    try {
      return SymbolKind.valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw GarlicException.usage(
          "unknown kind '"
              + name
              + "'; use text or one of "
              + Arrays.stream(SymbolKind.values())
                  .map(k -> k.name().toLowerCase(Locale.ROOT))
                  .toList());
    }
  }
}
