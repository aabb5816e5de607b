package dev.garlic.index.store;

import dev.garlic.workspace.outline.Outline;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.Bits;
import org.jspecify.annotations.Nullable;

/**
 * The files of one index reader: their paths and what was stored for each (text, outline,
 * language, line count). The path list is read once, on first use. Thread-safe.
 */
public final class IndexedFiles {

  private final IndexReader reader;
  private final IndexSearcher searcher;
  private volatile @Nullable List<String> paths;

  public IndexedFiles(IndexReader reader, IndexSearcher searcher) {
    this.reader = reader;
    this.searcher = searcher;
  }

  /** Every indexed path, sorted. */
  public List<String> paths() {
    List<String> p = paths;
    if (p == null) {
      p = readPaths();
      paths = p;
    }
    return p;
  }

  public Optional<String> text(String path) {
    return field(path, IndexFields.TEXT).map(d -> d.get(IndexFields.TEXT));
  }

  public Optional<Outline> outline(String path) {
    return field(path, IndexFields.OUTLINE)
        .map(d -> OutlineCodec.outline(d.getBinaryValue(IndexFields.OUTLINE)));
  }

  public Optional<String> language(String path) {
    return field(path, IndexFields.LANG).map(d -> d.get(IndexFields.LANG));
  }

  public Optional<Long> lines(String path) {
    return field(path, IndexFields.LINES)
        .map(d -> d.getField(IndexFields.LINES).numericValue().longValue());
  }

  private Optional<Document> field(String path, String field) {
    try {
      ScoreDoc[] docs = searcher.search(new TermQuery(new Term(IndexFields.FILE, path)), 1).scoreDocs;
      if (docs.length == 0) {
        return Optional.empty();
      }
      return Optional.of(searcher.storedFields().document(docs[0].doc, Set.of(field)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<String> readPaths() {
    List<String> all = new ArrayList<>();
    try {
      for (LeafReaderContext leaf : reader.leaves()) {
        SortedDocValues values = leaf.reader().getSortedDocValues(IndexFields.FILE);
        if (values == null) {
          continue;
        }
        Bits live = leaf.reader().getLiveDocs();
        for (int doc = values.nextDoc();
            doc != DocIdSetIterator.NO_MORE_DOCS;
            doc = values.nextDoc()) {
          if (live == null || live.get(doc)) {
            all.add(values.lookupOrd(values.ordValue()).utf8ToString());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Collections.sort(all);
    return Collections.unmodifiableList(all);
  }
}
