package dev.garlic.index;

import dev.garlic.index.store.IndexOptions;
import dev.garlic.index.store.IndexStore;
import dev.garlic.index.store.IndexUpdater;
import dev.garlic.index.store.OutlineSource;
import dev.garlic.protocol.code.IndexReport;
import dev.garlic.spi.Cancellation;
import dev.garlic.spi.EngineContext;
import dev.garlic.spi.GarlicException;
import dev.garlic.spi.Reporter;
import dev.garlic.spi.Settings;
import dev.garlic.workspace.Workspace;
import org.apache.lucene.index.IndexReader;
import org.jspecify.annotations.Nullable;

/**
 * The persistent code index of one workspace, in {@code .garlic/index}: files, definitions and
 * references, for full-text search, symbol lookup and find-references.
 *
 * <p>Opening is cheap (nothing is read until used), so short-lived processes can open it per
 * command. {@link #update()} brings it up to date incrementally and commits once, so a process
 * killed mid-update leaves the previous state usable; an unreadable index is rebuilt with a
 * warning. Several processes may share an index: writers take turns through Lucene's lock and fail
 * with {@link GarlicException} (index) if it stays locked. Thread-safe; updates of one instance run
 * one at a time.
 */
public final class CodeIndex implements AutoCloseable {

  private final IndexStore store;
  private final IndexUpdater updater;
  private @Nullable LuceneSnapshot snapshot;

  private CodeIndex(IndexStore store, IndexUpdater updater) {
    this.store = store;
    this.updater = updater;
  }

  /**
   * Opens (or creates) the index of {@code workspace} in {@code workspace.stateDir()/index}.
   *
   * @param settings read for {@code index.*} keys (see {@link IndexEngine#configKeys()})
   * @param reporter receives progress of updates and warnings (skipped or oddly encoded files)
   * @throws GarlicException (index) if the directory cannot be created or opened
   */
  public static CodeIndex open(Workspace workspace, Settings settings, Reporter reporter) {
    return open(workspace, settings, reporter, new LazyOutlines(), Cancellation.create());
  }

  /** Like {@link #open(Workspace, Settings, Reporter)} with outlines from {@code outlines}. */
  static CodeIndex open(
      Workspace workspace, Settings settings, Reporter reporter, OutlineSource outlines) {
    return open(workspace, settings, reporter, outlines, Cancellation.create());
  }

  private static CodeIndex open(
      Workspace workspace,
      Settings settings,
      Reporter reporter,
      OutlineSource outlines,
      Cancellation cancellation) {
    IndexStore store = IndexStore.open(workspace.root());
    IndexUpdater updater =
        new IndexUpdater(
            workspace, store, IndexOptions.from(settings), reporter, outlines, cancellation);
    return new CodeIndex(store, updater);
  }

  /**
   * Opens the index of the workspace at {@code context.root()}, as tools do: updates stop early,
   * committing nothing, when the context's cancellation is triggered.
   */
  public static CodeIndex open(EngineContext context) {
    return open(
        Workspace.open(context.root()),
        context.settings(),
        context.reporter(),
        new LazyOutlines(),
        context.cancellation());
  }

  /** Brings the index up to date with the workspace, parsing only files whose content changed. */
  public synchronized IndexReport update() {
    return updater.update(false);
  }

  /** Indexes every file from scratch; the old index answers queries until this one commits. */
  public synchronized IndexReport rebuild() {
    return updater.update(true);
  }

  /**
   * A read view of the latest commit (cheap when nothing changed since the last call). Does not
   * update the index; call {@link #update()} first for fresh results.
   *
   * @throws GarlicException (index) if the index is unreadable; {@link #update()} rebuilds it
   */
  public synchronized IndexSnapshot snapshot() {
    IndexReader reader = store.reader();
    if (snapshot == null || snapshot.reader() != reader) {
      snapshot = new LuceneSnapshot(reader);
    }
    return snapshot;
  }

  @Override
  public synchronized void close() {
    store.close();
  }
}
