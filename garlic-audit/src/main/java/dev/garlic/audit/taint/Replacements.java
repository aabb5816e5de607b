package dev.garlic.audit.taint;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a {@code replace}/{@code replaceAll} with constant arguments makes safe: removing line
 * breaks protects logs and headers, replacing {@code <} protects HTML, and deleting everything
 * outside a small allow-list character class ({@code replaceAll("[^A-Za-z0-9_-]", "")}) protects
 * every injection whose metacharacters the class excludes.
 */
final class Replacements {

  /** A negated character class, optionally repeated: {@code [^a-zA-Z0-9._-]+}. */
  private static final Pattern NEGATED_CLASS = Pattern.compile("\\[\\^([^\\]]*)\\][+*]?");

  private static final List<String> INJECTION_RULES =
      List.of(
          "sql-injection",
          "command-injection",
          "ldap-injection",
          "xpath-injection",
          "xss",
          "log-injection",
          "open-redirect",
          "http-response-splitting",
          "ssrf");

  private Replacements() {}

  /** The rules for which replacing {@code target} by {@code replacement} sanitises. */
  static Set<String> cleansedBy(@Nullable Object target, @Nullable Object replacement) {
    Set<String> rules = new HashSet<>();
    String with = replacement == null ? null : String.valueOf(replacement);
    if (target == null || with == null) {
      return rules;
    }
    String what = String.valueOf(target);
    if (lineBreak(what) && !with.contains("\n") && !with.contains("\r")) {
      rules.add("log-injection");
      rules.add("http-response-splitting");
    }
    if (what.equals("<") && !with.contains("<")) {
      rules.add("xss");
    }
    Matcher m = NEGATED_CLASS.matcher(what);
    if (with.isEmpty() && m.matches() && allowListOnly(m.group(1))) {
      rules.addAll(INJECTION_RULES);
      String kept = m.group(1);
      // allowListOnly admits no separators, so only dots ("..") can still climb directories.
      if (!kept.contains(".")) {
        rules.add("path-traversal");
      }
    }
    return rules;
  }

  private static boolean lineBreak(String what) {
    return what.contains("\n")
        || what.contains("\r")
        || what.contains("\\n")
        || what.contains("\\r");
  }

  /** Whether a character class keeps only letters, digits and {@code _ - .} (as ranges or not). */
  private static boolean allowListOnly(String klass) {
    String rest = klass.replace("a-z", "").replace("A-Z", "").replace("0-9", "").replace("\\w", "");
    for (char c : rest.toCharArray()) {
      if (!Character.isLetterOrDigit(c) && c != '_' && c != '-' && c != '.') {
        return false;
      }
    }
    return true;
  }
}
