package dev.garlic.workspace;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The languages Garlic recognises by file name. {@link #TEXT} covers indexed non-code text
 * (Markdown, XML, properties, YAML...): searchable, but without definitions.
 */
public enum Language {
  JAVA("java", "java"),
  KOTLIN("kotlin", "kt", "kts"),
  SCALA("scala", "scala", "sc"),
  PYTHON("python", "py", "pyi"),
  JAVASCRIPT("javascript", "js", "mjs", "cjs", "jsx"),
  TYPESCRIPT("typescript", "ts", "mts", "cts", "tsx"),
  GO("go", "go"),
  CSHARP("csharp", "cs"),
  C("c", "c", "h"),
  CPP("cpp", "cc", "cpp", "cxx", "hpp", "hh", "hxx"),
  RUBY("ruby", "rb"),
  PHP("php", "php"),
  RUST("rust", "rs"),
  SHELL("shell", "sh", "bash"),
  TEXT(
      "text",
      "md",
      "txt",
      "xml",
      "properties",
      "yaml",
      "yml",
      "json",
      "toml",
      "gradle",
      "sql",
      "html",
      "css",
      "adoc",
      "rst",
      "cfg",
      "ini",
      "conf",
      "jsp",
      "vm",
      "ftl");

  private static final Map<String, Language> BY_EXTENSION = new HashMap<>();
  private static final Map<String, Language> BY_ID = new HashMap<>();

  static {
    for (Language l : values()) {
      for (String e : l.extensions) {
        BY_EXTENSION.putIfAbsent(e, l);
      }
      BY_ID.put(l.id, l);
    }
  }

  private final String id;
  private final List<String> extensions;

  Language(String id, String... extensions) {
    this.id = id;
    this.extensions = List.of(extensions);
  }

  /** The lower-case id used in indexes, filters and JSON ({@code java}, {@code csharp}). */
  public String id() {
    return id;
  }

  public List<String> extensions() {
    return extensions;
  }

  /** The language of a file name, or empty when Garlic does not index such files. */
  public static Optional<Language> ofFileName(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    if (lower.equals("dockerfile") || lower.equals("makefile") || lower.equals("readme")) {
      return Optional.of(TEXT);
    }
    int dot = lower.lastIndexOf('.');
    return dot < 0
        ? Optional.empty()
        : Optional.ofNullable(BY_EXTENSION.get(lower.substring(dot + 1)));
  }

  /** The language with this id, or empty. */
  public static Optional<Language> ofId(String id) {
    return Optional.ofNullable(BY_ID.get(id.toLowerCase(Locale.ROOT)));
  }
}
