package dev.garlic.index.store;

import dev.garlic.workspace.Language;
import dev.garlic.workspace.outline.Outline;

/**
 * Where the indexer gets each file's outline: the workspace's front ends in production ({@code new
 * Outlines()::outline}), a stand-in in tests. Called from several threads at once.
 */
@FunctionalInterface
public interface OutlineSource {

  Outline outline(Language language, String path, String text);
}
