package dev.garlic.index;

import dev.garlic.index.store.OutlineSource;
import dev.garlic.workspace.Language;
import dev.garlic.workspace.outline.Outline;
import dev.garlic.workspace.outline.Outlines;
import org.jspecify.annotations.Nullable;

/**
 * The workspace's front ends, created when the first file needs parsing: loading the parsers takes
 * tens of milliseconds, which queries over an up-to-date index should not pay.
 */
final class LazyOutlines implements OutlineSource {

  private volatile @Nullable Outlines outlines;

  @Override
  public Outline outline(Language language, String path, String text) {
    Outlines o = outlines;
    if (o == null) {
      synchronized (this) {
        o = outlines;
        if (o == null) {
          o = new Outlines();
          outlines = o;
        }
      }
    }
    return o.outline(language, path, text);
  }
}
