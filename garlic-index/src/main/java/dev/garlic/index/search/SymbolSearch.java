package dev.garlic.index.search;

import dev.garlic.index.store.IndexFields;
import dev.garlic.protocol.code.SymbolDef;
import dev.garlic.protocol.code.SymbolKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.TermQuery;
import org.jspecify.annotations.Nullable;

/**
 * Finds definitions by name the way people type them, best first: the exact name, then the name in
 * any case, then names starting with it (first in the same case, then camel humps, {@code SU}
 * finding {@code StringUtils} and {@code isBl} finding {@code isBlank}, then in any case), then
 * names within a small edit distance. A query with {@code .} or {@code #} ({@code
 * StringUtils.indexOf}, {@code Foo#bar}, {@code com.acme.Foo}) matches qualified names instead.
 * Thread-safe.
 */
public final class SymbolSearch {

  private static final Comparator<SymbolDef> SHORTER_FIRST =
      Comparator.comparingInt((SymbolDef d) -> d.name().length())
          .thenComparing(Definitions.NATURAL_ORDER);

  private final Definitions definitions;

  public SymbolSearch(Definitions definitions) {
    this.definitions = definitions;
  }

  public List<SymbolDef> find(String query, @Nullable SymbolKind kind, int limit) {
    String q = query.strip();
    Set<SymbolDef> found = new LinkedHashSet<>();
    if (q.isEmpty() || limit < 1) {
      return List.of();
    }
    if (q.indexOf('.') > 0 || q.indexOf('#') > 0) {
      add(found, definitions.qualified(q), kind, limit);
      add(found, definitions.qualifiedSuffix(q), kind, limit);
      return List.copyOf(found);
    }
    String lower = q.toLowerCase(Locale.ROOT);
    tier(found, new TermQuery(new Term(IndexFields.NAME, q)), kind, limit);
    tier(found, new TermQuery(new Term(IndexFields.NAME_LC, lower)), kind, limit);
    // A query with inner capitals is typed as humps (SU for StringUtils): honour its case before
    // falling back to prefixes in any case.
    String humps = camelHumps(q);
    if (humps != null) {
      tier(found, new RegexpQuery(new Term(IndexFields.NAME, humps)), kind, limit);
    }
    tier(found, new PrefixQuery(new Term(IndexFields.NAME, q)), kind, limit);
    tier(found, new PrefixQuery(new Term(IndexFields.NAME_LC, lower)), kind, limit);
    int edits = q.length() <= 2 ? 0 : q.length() <= 5 ? 1 : 2;
    boolean oneName = q.chars().noneMatch(Character::isWhitespace);
    if (edits > 0 && oneName && found.size() < limit) {
      // Fuzzy matches keep Lucene's order: fewer edits first.
      add(
          found,
          definitions.find(
              new FuzzyQuery(new Term(IndexFields.NAME_LC, lower), edits), kind, limit * 4),
          kind,
          limit);
    }
    return List.copyOf(found);
  }

  private void tier(Set<SymbolDef> found, Query query, @Nullable SymbolKind kind, int limit) {
    if (found.size() >= limit) {
      return;
    }
    List<SymbolDef> defs = new ArrayList<>(definitions.find(query, kind, Math.max(50, limit * 5)));
    defs.sort(SHORTER_FIRST);
    add(found, defs, kind, limit);
  }

  private static void add(
      Set<SymbolDef> found, List<SymbolDef> defs, @Nullable SymbolKind kind, int limit) {
    for (SymbolDef d : defs) {
      if (found.size() >= limit) {
        return;
      }
      if (kind == null || d.kind() == kind) {
        found.add(d);
      }
    }
  }

  /**
   * A regular expression over exact names for a camel-hump query, or null when the query has no
   * inner capital to split at: {@code isBl} gives {@code is[a-z0-9_$]*Bl.*}, {@code SU} gives
   * {@code S[a-z0-9_$]+U.*}.
   */
  static @Nullable String camelHumps(String query) {
    if (!query.chars().allMatch(Character::isLetterOrDigit)) {
      return null;
    }
    List<String> humps = new ArrayList<>();
    int start = 0;
    for (int i = 1; i < query.length(); i++) {
      if (Character.isUpperCase(query.charAt(i))) {
        humps.add(query.substring(start, i));
        start = i;
      }
    }
    humps.add(query.substring(start));
    if (humps.size() < 2) {
      return null;
    }
    // A lone capital stands for a whole word, so a lower-case letter must follow it: SU finds
    // StringUtils but not SUSPENDED.
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < humps.size(); i++) {
      String hump = humps.get(i);
      regex.append(hump);
      if (i < humps.size() - 1) {
        regex.append(hump.length() == 1 ? "[a-z0-9_$]+" : "[a-z0-9_$]*");
      }
    }
    return regex.append(".*").toString();
  }
}
