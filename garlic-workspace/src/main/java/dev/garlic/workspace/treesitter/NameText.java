package dev.garlic.workspace.treesitter;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** How names read in source text become the plain names and dotted paths of an outline. */
final class NameText {

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern IMPORT_KEYWORD =
      Pattern.compile("^(import|using|use|package)\\s+|;$");
  private static final Pattern PATH_SEPARATOR = Pattern.compile("::|\\\\|\\.");

  private NameText() {}

  /** An import or package as written, without quotes, angle brackets or line breaks. */
  static String cleanImport(String text) {
    String clean = WHITESPACE.matcher(text.strip()).replaceAll(" ");
    clean = IMPORT_KEYWORD.matcher(clean).replaceAll("").strip();
    while (clean.length() >= 2 && isQuote(clean.charAt(0))) {
      clean = clean.substring(1, clean.length() - 1).strip();
    }
    return clean.startsWith("\\") ? clean.substring(1) : clean;
  }

  private static boolean isQuote(char c) {
    return c == '"' || c == '\'' || c == '`' || c == '<';
  }

  /**
   * The parts of a name that may be qualified ({@code Shape::area}, {@code Acme.Shop}, {@code
   * App\Models}); the last part is the simple name. Generic arguments and pointer marks are
   * dropped.
   */
  static List<String> segments(String name) {
    List<String> parts = new ArrayList<>();
    for (String part : PATH_SEPARATOR.split(typeName(name))) {
      if (!part.isBlank()) {
        parts.add(part.strip());
      }
    }
    if (parts.isEmpty()) {
      return List.of(name.strip());
    }
    // A Ruby symbol (:balance) or a TypeScript module ('fs') is named without its marks.
    String last = parts.getLast();
    if (last.length() > 1 && last.charAt(0) == ':') {
      last = last.substring(1);
    }
    if (last.length() > 2
        && isQuote(last.charAt(0))
        && last.charAt(last.length() - 1) == last.charAt(0)) {
      last = last.substring(1, last.length() - 1);
    }
    parts.set(parts.size() - 1, last);
    return parts;
  }

  /**
   * A type as named in a receiver or {@code impl}: {@code *Server} and {@code Map<K, V>} name
   * {@code Server} and {@code Map}.
   */
  static String typeName(String text) {
    String name = WHITESPACE.matcher(text).replaceAll("");
    int generic = indexOfAny(name, "<[(");
    if (generic > 0) {
      name = name.substring(0, generic);
    }
    int start = 0;
    while (start < name.length() && "*&(".indexOf(name.charAt(start)) >= 0) {
      start++;
    }
    return name.substring(start);
  }

  private static int indexOfAny(String text, String chars) {
    for (int i = 0; i < text.length(); i++) {
      if (chars.indexOf(text.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  /** True for names written like constants: {@code MAX_SIZE}, {@code PI2}. */
  static boolean isConstantCase(String name) {
    boolean letter = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letter |= Character.isUpperCase(c);
    }
    return letter && name.length() > 1;
  }
}
