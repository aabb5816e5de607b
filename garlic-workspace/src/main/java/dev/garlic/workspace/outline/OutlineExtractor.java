package dev.garlic.workspace.outline;

/**
 * Extracts an {@link Outline} from the text of one file of one language. Implementations are
 * thread-safe (the indexer calls them from several threads) and never throw on bad syntax: they
 * recover what they can and list the problems.
 */
public interface OutlineExtractor {

  Outline outline(String path, String text);
}
