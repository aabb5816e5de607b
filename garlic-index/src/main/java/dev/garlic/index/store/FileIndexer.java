package dev.garlic.index.store;

import dev.garlic.spi.Cancellation;
import dev.garlic.workspace.SourceFile;
import dev.garlic.workspace.outline.Outline;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.jspecify.annotations.Nullable;

/**
 * Reads, hashes and parses the files whose stat changed, on a fixed pool of threads, and writes
 * their documents. A file whose bytes hash as before only gets its stat updated; it is not parsed
 * again.
 */
final class FileIndexer {

  /** What happened to the files given to {@link #index}. */
  record Counts(int parsed, int unreadable) {}

  private final IndexWriter writer;
  private final OutlineSource outlines;
  private final Warnings warnings;
  private final int threads;
  private final Cancellation cancellation;
  private final AtomicInteger parsed = new AtomicInteger();
  private final AtomicInteger unreadable = new AtomicInteger();
  private final AtomicInteger done = new AtomicInteger();

  FileIndexer(
      IndexWriter writer,
      OutlineSource outlines,
      Warnings warnings,
      int threads,
      Cancellation cancellation) {
    this.writer = writer;
    this.cancellation = cancellation;
    this.outlines = outlines;
    this.warnings = warnings;
    this.threads = threads;
  }

  Counts index(List<SourceFile> files, Map<String, StoredFile> stored) throws IOException {
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.min(threads, Math.max(1, files.size())),
            r -> {
              Thread t = new Thread(r, "garlic-index");
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<?>> futures = new ArrayList<>(files.size());
      for (SourceFile file : files) {
        futures.add(pool.submit(() -> indexOne(file, stored.get(file.path()), files.size())));
      }
      for (Future<?> f : futures) {
        await(f);
      }
    } finally {
      pool.shutdownNow();
    }
    return new Counts(parsed.get(), unreadable.get());
  }

  private void indexOne(SourceFile file, @Nullable StoredFile old, int total) {
    cancellation.check();
    try {
      byte[] bytes;
      try {
        bytes = Files.readAllBytes(file.absolutePath());
      } catch (IOException e) {
        warnings.warn(file.path() + ": unreadable (" + e.getMessage() + "); left out of the index");
        unreadable.incrementAndGet();
        writer.deleteDocuments(new Term(IndexFields.PATH, file.path()));
        return;
      }
      byte[] hash = sha256(bytes);
      if (old != null && Arrays.equals(old.hash(), hash)) {
        Term fileTerm = new Term(IndexFields.FILE, file.path());
        writer.updateNumericDocValue(fileTerm, IndexFields.SIZE, file.size());
        writer.updateNumericDocValue(fileTerm, IndexFields.MTIME, file.lastModifiedMillis());
      } else {
        String text = decode(file.path(), bytes);
        writer.updateDocuments(
            new Term(IndexFields.PATH, file.path()),
            FileDocuments.of(file, hash, text, outline(file, text)));
        parsed.incrementAndGet();
      }
      warnings.progress("index", done.incrementAndGet(), total);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Outline outline(SourceFile file, String text) {
    try {
      Outline outline = outlines.outline(file.language(), file.path(), text);
      if (!outline.problems().isEmpty()) {
        warnings.warn(
            file.path()
                + ": does not parse ("
                + outline.problems().get(0)
                + (outline.problems().size() > 1
                    ? ", and " + (outline.problems().size() - 1) + " more"
                    : "")
                + "); indexed what could be recovered, text search covers the rest");
      }
      return outline;
    } catch (RuntimeException e) {
      // A front-end bug must not cost the user the whole index: keep the file as plain text.
      warnings.warn(file.path() + ": outline failed (" + e + "); indexed as text only");
      return Outline.empty(file.path(), file.language().id());
    }
  }

  private String decode(String path, byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      warnings.warn(path + ": not valid UTF-8; indexed as ISO-8859-1");
      return new String(bytes, StandardCharsets.ISO_8859_1);
    }
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private static void await(Future<?> future) throws IOException {
    try {
      future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while indexing", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
