package dev.garlic.index.store;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/** What the index remembers of a file: its stat when indexed, its content hash and line count. */
record StoredFile(long size, long mtime, byte[] hash, long lines) {

  /** Reads every live file document's doc values; no stored fields are decoded. */
  static Map<String, StoredFile> readAll(IndexReader reader) throws IOException {
    Map<String, StoredFile> files = new HashMap<>();
    for (LeafReaderContext context : reader.leaves()) {
      LeafReader leaf = context.reader();
      SortedDocValues paths = leaf.getSortedDocValues(IndexFields.FILE);
      if (paths == null) {
        continue;
      }
      NumericDocValues sizes = leaf.getNumericDocValues(IndexFields.SIZE);
      NumericDocValues mtimes = leaf.getNumericDocValues(IndexFields.MTIME);
      NumericDocValues lines = leaf.getNumericDocValues(IndexFields.LINES);
      BinaryDocValues hashes = leaf.getBinaryDocValues(IndexFields.HASH);
      Bits live = leaf.getLiveDocs();
      for (int doc = paths.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = paths.nextDoc()) {
        if (live != null && !live.get(doc)) {
          continue;
        }
        String path = paths.lookupOrd(paths.ordValue()).utf8ToString();
        files.put(
            path,
            new StoredFile(
                value(sizes, doc), value(mtimes, doc), hash(hashes, doc), value(lines, doc)));
      }
    }
    return files;
  }

  private static long value(NumericDocValues values, int doc) throws IOException {
    return values != null && values.advanceExact(doc) ? values.longValue() : -1;
  }

  private static byte[] hash(BinaryDocValues values, int doc) throws IOException {
    if (values == null || !values.advanceExact(doc)) {
      return new byte[0];
    }
    BytesRef b = values.binaryValue();
    byte[] copy = new byte[b.length];
    System.arraycopy(b.bytes, b.offset, copy, 0, b.length);
    return copy;
  }
}
