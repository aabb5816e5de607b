package dev.garlic.index.search;

import dev.garlic.index.store.IndexFields;
import dev.garlic.index.store.OutlineCodec;
import dev.garlic.protocol.code.SymbolDef;
import dev.garlic.protocol.code.SymbolKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.jspecify.annotations.Nullable;

/** Exact lookups of definitions by simple or qualified name in one snapshot. Thread-safe. */
public final class Definitions {

  /** Order for equally good matches: types first, then by file and line. */
  static final Comparator<SymbolDef> NATURAL_ORDER =
      Comparator.comparing((SymbolDef d) -> d.kind().isType() ? 0 : 1)
          .thenComparing(d -> d.location().path())
          .thenComparingInt(d -> d.location().line());

  /** Upper bound on definitions read for one lookup; far above any real overload set. */
  static final int MAX_MATCHES = 10_000;

  private static final Set<String> DEF_FIELD = Set.of(IndexFields.DEF);

  private final IndexSearcher searcher;

  public Definitions(IndexSearcher searcher) {
    this.searcher = searcher;
  }

  /** Definitions with exactly this simple name, types first, then by file and line. */
  public List<SymbolDef> named(String simpleName) {
    List<SymbolDef> defs = find(term(IndexFields.NAME, simpleName), null, MAX_MATCHES);
    return defs.stream().sorted(NATURAL_ORDER).toList();
  }

  /**
   * Definitions with exactly this qualified name; a method name without a parameter list ({@code
   * a.Foo#bar}) gives every overload.
   */
  public List<SymbolDef> qualified(String qualifiedName) {
    List<SymbolDef> exact = find(term(IndexFields.QNAME, qualifiedName), null, MAX_MATCHES);
    if (!exact.isEmpty()) {
      return exact;
    }
    return find(term(IndexFields.QBASE, qualifiedName), null, MAX_MATCHES).stream()
        .sorted(NATURAL_ORDER)
        .toList();
  }

  /** True if the project defines something with this qualified name (with or without params). */
  public boolean isDefined(String qualifiedName) {
    try {
      return searcher.count(term(IndexFields.QNAME, qualifiedName)) > 0
          || searcher.count(term(IndexFields.QBASE, qualifiedName)) > 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Definitions whose qualified name ends with {@code suffix} at a name boundary, treating {@code
   * .} and {@code #} alike ({@code StringUtils.isBlank} matches {@code a.StringUtils#isBlank(..)}).
   */
  public List<SymbolDef> qualifiedSuffix(String suffix) {
    String wanted = normalise(suffix);
    int cut = Math.max(suffix.lastIndexOf('.'), suffix.lastIndexOf('#'));
    String simple = IndexFields.baseName(suffix.substring(cut + 1));
    return named(simple).stream()
        .filter(
            d -> {
              String q = normalise(d.qualifiedName());
              String base = normalise(IndexFields.baseName(d.qualifiedName()));
              return q.equals(wanted)
                  || base.equals(wanted)
                  || q.endsWith("." + wanted)
                  || base.endsWith("." + wanted);
            })
        .toList();
  }

  /** Runs {@code query} over definition documents, optionally of one kind, in score order. */
  List<SymbolDef> find(Query query, @Nullable SymbolKind kind, int limit) {
    BooleanQuery.Builder b =
        new BooleanQuery.Builder()
            .add(query, Occur.MUST)
            .add(term(IndexFields.TYPE, IndexFields.TYPE_DEF), Occur.FILTER);
    if (kind != null) {
      b.add(term(IndexFields.KIND, kind.name()), Occur.FILTER);
    }
    try {
      Query q = b.build();
      // A top-n collector pre-allocates n entries: size large requests by the real count.
      int n = limit <= 1000 ? limit : Math.min(limit, searcher.count(q));
      if (n == 0) {
        return List.of();
      }
      ScoreDoc[] docs = searcher.search(q, n).scoreDocs;
      StoredFields stored = searcher.storedFields();
      List<SymbolDef> defs = new ArrayList<>(docs.length);
      for (ScoreDoc sd : docs) {
        var bytes = stored.document(sd.doc, DEF_FIELD).getBinaryValue(IndexFields.DEF);
        defs.add(OutlineCodec.definition(bytes));
      }
      return defs;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String normalise(String qualifiedName) {
    return qualifiedName.replace('#', '.');
  }

  static Query term(String field, String value) {
    return new TermQuery(new Term(field, value));
  }
}
