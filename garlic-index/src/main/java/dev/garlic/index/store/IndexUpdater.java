package dev.garlic.index.store;

import dev.garlic.protocol.code.IndexReport;
import dev.garlic.spi.Cancellation;
import dev.garlic.spi.GarlicException;
import dev.garlic.spi.Reporter;
import dev.garlic.workspace.SourceFile;
import dev.garlic.workspace.WalkResult;
import dev.garlic.workspace.Workspace;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.jspecify.annotations.Nullable;

/**
 * Brings an {@link IndexStore} up to date with its workspace: walks it, compares each file's stat
 * with what the index remembers, hashes only files whose stat changed, parses only files whose hash
 * changed, drops files that are gone, and commits once at the end, so a run killed half way leaves
 * the previous commit intact. An unreadable index is thrown away and built again. One run at a time
 * per updater (callers synchronise); other processes are kept out by Lucene's lock.
 */
public final class IndexUpdater {

  private final Workspace workspace;
  private final IndexStore store;
  private final IndexOptions options;
  private final Reporter reporter;
  private final OutlineSource outlines;
  private final Cancellation cancellation;

  /**
   * @param cancellation checked between files; a cancelled run throws {@link GarlicException}
   *     (interrupted) and commits nothing
   */
  public IndexUpdater(
      Workspace workspace,
      IndexStore store,
      IndexOptions options,
      Reporter reporter,
      OutlineSource outlines,
      Cancellation cancellation) {
    this.workspace = workspace;
    this.store = store;
    this.options = options;
    this.reporter = reporter;
    this.outlines = outlines;
    this.cancellation = cancellation;
  }

  /**
   * Runs the indexer.
   *
   * @param rebuild true to index every file from scratch
   * @throws GarlicException (index) if the index cannot be written or is locked for too long
   */
  public IndexReport update(boolean rebuild) {
    long start = System.nanoTime();
    Warnings warnings = new Warnings(reporter);
    try {
      WalkResult walk = workspace.walk(options.walkOptions(), warnings);
      Map<String, StoredFile> stored = rebuild ? Map.of() : readStored(warnings);
      boolean rebuilt = stored == null;
      boolean create = rebuild || rebuilt || stored.isEmpty();
      if (create) {
        // Said once when the index is built, not again on every query that refreshes it.
        walk.skipped().forEach(warnings::warn);
      }
      Map<String, StoredFile> known = stored == null ? Map.of() : stored;
      Plan plan = Plan.of(walk.files(), known);
      if (!create && plan.isEmpty()) {
        Written nothing = new Written(plan, new FileIndexer.Counts(0, 0));
        return report(nothing, known, walk.skipped().size(), false, warnings, start);
      }
      Written written = write(walk.files(), create, warnings);
      Map<String, StoredFile> now = StoredFile.readAll(store.latest());
      return report(written, now, walk.skipped().size(), rebuilt, warnings, start);
    } catch (IOException e) {
      throw GarlicException.index(
          "cannot write the index at "
              + store.displayName()
              + " ("
              + IndexStore.describe(e)
              + "); check free disk space and permissions, or delete the directory",
          e);
    }
  }

  /**
   * What the index holds now, or null if it was unreadable: then it is wiped, ready to be built
   * again, and a warning says so.
   */
  private @Nullable Map<String, StoredFile> readStored(Warnings warnings) throws IOException {
    try {
      return StoredFile.readAll(store.latest());
    } catch (IOException e) {
      warnings.warn(
          "index at "
              + store.displayName()
              + " was unreadable ("
              + IndexStore.describe(e)
              + "); rebuilt it");
      store.wipe();
      return null;
    }
  }

  /** What one run wrote: the plan it followed and what came of the files it looked at. */
  private record Written(Plan plan, FileIndexer.Counts counts) {}

  private Written write(List<SourceFile> files, boolean create, Warnings warnings)
      throws IOException {
    IndexWriter writer = store.writer(create, options.lockTimeoutMillis());
    try {
      // Compare again under the lock: another process may have committed since the first look.
      Map<String, StoredFile> stored = create ? Map.of() : StoredFile.readAll(store.latest());
      Plan plan = Plan.of(files, stored);
      FileIndexer indexer =
          new FileIndexer(writer, outlines, warnings, options.threads(), cancellation);
      FileIndexer.Counts counts = indexer.index(plan.examine(), stored);
      for (String path : plan.removed()) {
        writer.deleteDocuments(new Term(IndexFields.PATH, path));
      }
      IndexStore.commit(writer);
      return new Written(plan, counts);
    } catch (IOException | RuntimeException e) {
      writer.rollback();
      throw e;
    }
  }

  private IndexReport report(
      Written written,
      Map<String, StoredFile> now,
      int skipped,
      boolean rebuilt,
      Warnings warnings,
      long start)
      throws IOException {
    long lines = now.values().stream().mapToLong(StoredFile::lines).sum();
    long definitions =
        new IndexSearcher(store.latest())
            .count(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_DEF)));
    return new IndexReport(
        now.size(),
        written.counts().parsed(),
        written.plan().removed().size(),
        skipped + written.counts().unreadable(),
        lines,
        definitions,
        (System.nanoTime() - start) / 1_000_000,
        rebuilt,
        warnings.all());
  }

  /** The files to look at (new or stat changed) and the paths to drop. */
  record Plan(List<SourceFile> examine, List<String> removed) {

    static Plan of(List<SourceFile> files, Map<String, StoredFile> stored) {
      List<SourceFile> examine = new ArrayList<>();
      Set<String> present = new HashSet<>();
      for (SourceFile f : files) {
        present.add(f.path());
        StoredFile old = stored.get(f.path());
        if (old == null || old.size() != f.size() || old.mtime() != f.lastModifiedMillis()) {
          examine.add(f);
        }
      }
      List<String> removed =
          stored.keySet().stream().filter(p -> !present.contains(p)).sorted().toList();
      return new Plan(examine, removed);
    }

    boolean isEmpty() {
      return examine.isEmpty() && removed.isEmpty();
    }
  }
}
