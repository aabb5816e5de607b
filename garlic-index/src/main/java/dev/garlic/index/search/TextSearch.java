package dev.garlic.index.search;

import dev.garlic.index.store.IndexFields;
import dev.garlic.index.store.IndexedFiles;
import dev.garlic.index.store.OutlineCodec;
import dev.garlic.index.store.PathGlob;
import dev.garlic.protocol.code.SearchHit;
import dev.garlic.protocol.code.SearchResult;
import dev.garlic.protocol.code.SymbolDef;
import dev.garlic.protocol.code.SymbolKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

/**
 * Full-text search over files and definitions of one index snapshot, ranked by BM25 with
 * definitions first (see {@link ParsedQuery}). A definition hit shows its declaration line; a text
 * hit shows its best lines (see {@link Snippets}), and is dropped when a definition hit already
 * showed the same file. Thread-safe.
 */
public final class TextSearch {

  private static final Set<String> DEF_FIELD = Set.of(IndexFields.DEF);

  private final IndexSearcher searcher;
  private final IndexedFiles files;

  public TextSearch(IndexSearcher searcher, IndexedFiles files) {
    this.searcher = searcher;
    this.files = files;
  }

  public SearchResult search(SearchQuery q) {
    ParsedQuery parsed = ParsedQuery.parse(q.text());
    if (parsed.isEmpty()) {
      return new SearchResult(q.text(), 0, List.of());
    }
    try {
      TopDocs top = searcher.search(filtered(parsed.query(true), q), fetchCount(q));
      if (top.scoreDocs.length == 0) {
        top = searcher.search(filtered(parsed.query(false), q), fetchCount(q));
      }
      return new SearchResult(q.text(), top.totalHits.value(), hits(top, parsed, q.limit()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int fetchCount(SearchQuery q) {
    return q.limit() * 2 + 10;
  }

  private Query filtered(Query query, SearchQuery q) {
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(query, Occur.MUST);
    if (q.language() != null) {
      b.add(term(IndexFields.LANG, q.language().toLowerCase(Locale.ROOT)), Occur.FILTER);
    }
    SymbolKind kind = q.definitionKind();
    if (q.textOnly()) {
      b.add(term(IndexFields.TYPE, IndexFields.TYPE_FILE), Occur.FILTER);
    } else if (kind != null) {
      b.add(term(IndexFields.KIND, kind.name()), Occur.FILTER);
    }
    if (q.pathGlob() != null) {
      PathGlob glob = PathGlob.of(q.pathGlob());
      List<BytesRef> matching =
          files.paths().stream().filter(glob::matches).map(BytesRef::new).toList();
      b.add(new TermInSetQuery(IndexFields.PATH, matching), Occur.FILTER);
    }
    return b.build();
  }

  private List<SearchHit> hits(TopDocs top, ParsedQuery parsed, int limit) throws IOException {
    StoredFields stored = searcher.storedFields();
    Map<String, Integer> terms = parsed.snippetTerms();
    List<SearchHit> hits = new ArrayList<>();
    Set<String> shown = new HashSet<>();
    for (ScoreDoc sd : top.scoreDocs) {
      if (hits.size() == limit) {
        break;
      }
      Optional<IndexedFiles.IndexedFile> file = files.file(sd.doc);
      if (file.isEmpty()) {
        BytesRef def = stored.document(sd.doc, DEF_FIELD).getBinaryValue(IndexFields.DEF);
        SymbolDef symbol = OutlineCodec.definition(def);
        shown.add(symbol.location().path());
        hits.add(definitionHit(symbol, sd.score));
      } else if (shown.add(file.get().path())) {
        IndexedFiles.IndexedFile f = file.get();
        hits.add(
            new SearchHit(f.path(), f.language(), sd.score, Snippets.best(f.text(), terms), null));
      }
    }
    return hits;
  }

  private static SearchHit definitionHit(SymbolDef symbol, float score) {
    String line = symbol.signature().strip();
    return new SearchHit(
        symbol.location().path(),
        symbol.language(),
        score,
        List.of(new SearchHit.Line(symbol.location().line(), line)),
        symbol);
  }

  private static Query term(String field, String value) {
    return new TermQuery(new Term(field, value));
  }
}
