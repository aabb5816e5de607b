package dev.garlic.index.store;

import dev.garlic.workspace.outline.Outline;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * The files of one index reader: their paths and what was stored for each (text, outline, language,
 * line count). The path list is read once, on first use. Thread-safe.
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
    return fileDoc(path).flatMap(doc -> file(doc).map(IndexedFile::text));
  }

  /** A file as search shows it. */
  public record IndexedFile(String path, String language, String text) {}

  /**
   * The file of document {@code doc} (a top-level doc id), read from doc values only; empty when
   * {@code doc} is not a file document.
   */
  public Optional<IndexedFile> file(int doc) {
    LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
    int local = doc - leaf.docBase;
    try {
      SortedDocValues path = leaf.reader().getSortedDocValues(IndexFields.FILE);
      SortedDocValues lang = leaf.reader().getSortedDocValues(IndexFields.LANG);
      BinaryDocValues text = leaf.reader().getBinaryDocValues(IndexFields.TEXT);
      if (path == null || !path.advanceExact(local)) {
        return Optional.empty();
      }
      return Optional.of(
          new IndexedFile(
              path.lookupOrd(path.ordValue()).utf8ToString(),
              lang != null && lang.advanceExact(local)
                  ? lang.lookupOrd(lang.ordValue()).utf8ToString()
                  : "",
              text != null && text.advanceExact(local) ? utf8(text.binaryValue()) : ""));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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

  /** Decodes with the JDK, whose ASCII fast path is far quicker than Lucene's general one. */
  private static String utf8(BytesRef bytes) {
    return new String(bytes.bytes, bytes.offset, bytes.length, StandardCharsets.UTF_8);
  }

  private Optional<Document> field(String path, String field) {
    try {
      Optional<Integer> doc = fileDoc(path);
      return doc.isEmpty()
          ? Optional.empty()
          : Optional.of(searcher.storedFields().document(doc.get(), Set.of(field)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Optional<Integer> fileDoc(String path) {
    try {
      ScoreDoc[] docs =
          searcher.search(new TermQuery(new Term(IndexFields.FILE, path)), 1).scoreDocs;
      return docs.length == 0 ? Optional.empty() : Optional.of(docs[0].doc);
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
