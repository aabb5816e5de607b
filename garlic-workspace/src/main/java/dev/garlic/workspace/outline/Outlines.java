package dev.garlic.workspace.outline;

import dev.garlic.workspace.Language;
import dev.garlic.workspace.java.JavaOutlineExtractor;
import dev.garlic.workspace.treesitter.TreeSitterExtractors;
import java.util.EnumMap;
import java.util.Map;

/**
 * Finds the {@link OutlineExtractor} for a language: Java through the shared JavaParser front end,
 * thirteen other languages through tree-sitter, and nothing (an empty outline) for text.
 * Thread-safe.
 */
public final class Outlines {

  private final Map<Language, OutlineExtractor> extractors = new EnumMap<>(Language.class);

  public Outlines() {
    extractors.putAll(TreeSitterExtractors.all());
    extractors.put(Language.JAVA, new JavaOutlineExtractor());
  }

  /** The outline of {@code text}; an empty outline for languages without a front end. */
  public Outline outline(Language language, String path, String text) {
    OutlineExtractor extractor = extractors.get(language);
    return extractor == null ? Outline.empty(path, language.id()) : extractor.outline(path, text);
  }
}
