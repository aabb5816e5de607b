package dev.garlic.index;

import dev.garlic.index.search.SearchQuery;
import dev.garlic.protocol.code.References;
import dev.garlic.protocol.code.SearchResult;
import dev.garlic.protocol.code.SymbolDef;
import dev.garlic.protocol.code.SymbolKind;
import dev.garlic.workspace.outline.Outline;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A consistent, read-only view of one commit of the code index. Thread-safe. A snapshot stays valid
 * while its {@link CodeIndex} is open, including across later updates (for at least the next few);
 * it never sees changes made after it was taken.
 */
public interface IndexSnapshot {

  /** Every indexed file, relative to the workspace root, sorted. */
  List<String> paths();

  /** The outline extracted when the file was indexed, or empty if the file is not indexed. */
  Optional<Outline> outline(String path);

  /** The file's text as indexed, or empty if the file is not indexed. */
  Optional<String> text(String path);

  /** The file's language id, or {@code ""} if the file is not indexed. */
  String language(String path);

  /** The file's line count, or 0 if the file is not indexed. */
  long lines(String path);

  /** Definitions with exactly this simple name, types first, then by file and line. */
  List<SymbolDef> definitionsNamed(String simpleName);

  /**
   * Definitions with exactly this qualified name ({@code com.acme.Foo}, {@code
   * com.acme.Foo#bar(int)}); a method without a parameter list gives all its overloads.
   */
  List<SymbolDef> definitionsQualified(String qualifiedName);

  /** Full-text search over files and definitions, best first. */
  SearchResult search(SearchQuery query);

  /**
   * Definitions whose names match {@code query}, best first: exact, any case, prefix, camel humps
   * ({@code SU}, {@code isBl}), then fuzzy; qualified queries ({@code StringUtils.indexOf}, {@code
   * Foo#bar}) match qualified names.
   *
   * @param kind only definitions of this kind, or null for all
   */
  List<SymbolDef> symbols(String query, @Nullable SymbolKind kind, int limit);

  /**
   * The uses of a symbol (simple or qualified name), resolved ones apart from possible ones, at
   * most {@code limit} of each.
   */
  References references(String symbol, int limit);
}
