package dev.garlic.workspace.outline;

import dev.garlic.workspace.Language;
import java.util.EnumMap;
import java.util.Map;

/** Finds the {@link OutlineExtractor} for a language. Thread-safe. */
public final class Outlines {

  private final Map<Language, OutlineExtractor> extractors = new EnumMap<>(Language.class);

  public Outlines() {
    // Filled in as front ends land: Java through JavaParser, the rest through tree-sitter.
  }

  /** The outline of {@code text}; an empty outline for languages without a front end. */
  public Outline outline(Language language, String path, String text) {
    OutlineExtractor extractor = extractors.get(language);
    return extractor == null ? Outline.empty(path, language.id()) : extractor.outline(path, text);
  }
}
