package dev.garlic.index.store;

import java.util.regex.Pattern;

/**
 * A path pattern as users write them in {@code index.exclude} and search filters. A pattern with
 * {@code /} matches the whole workspace-relative path ({@code *} stays within a directory, {@code
 * **} crosses directories); one without {@code /} matches any file or directory name, like a {@code
 * .gitignore} line; a pattern without wildcards also matches everything under that directory.
 * Immutable and thread-safe.
 */
public final class PathGlob {

  private final String glob;
  private final boolean anchored;
  private final Pattern pattern;

  private PathGlob(String glob) {
    String g = glob.startsWith("/") ? glob.substring(1) : glob;
    g = g.endsWith("/") ? g.substring(0, g.length() - 1) : g;
    this.glob = g;
    this.anchored = g.contains("/");
    this.pattern = Pattern.compile(regex(g));
  }

  public static PathGlob of(String glob) {
    return new PathGlob(glob);
  }

  /** True if {@code path} (relative, with {@code /}) or one of its parent directories matches. */
  public boolean matches(String path) {
    if (anchored) {
      return pattern.matcher(path).matches() || prefixMatches(path);
    }
    for (String name : path.split("/")) {
      if (pattern.matcher(name).matches()) {
        return true;
      }
    }
    return false;
  }

  private boolean prefixMatches(String path) {
    for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
      if (pattern.matcher(path.substring(0, slash)).matches()) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return glob;
  }

  private static String regex(String glob) {
    StringBuilder re = new StringBuilder();
    int n = glob.length();
    for (int i = 0; i < n; i++) {
      char c = glob.charAt(i);
      if (c == '*' && i + 1 < n && glob.charAt(i + 1) == '*') {
        boolean slashFollows = i + 2 < n && glob.charAt(i + 2) == '/';
        re.append(slashFollows ? "(?:.*/)?" : ".*");
        i += slashFollows ? 2 : 1;
      } else if (c == '*') {
        re.append("[^/]*");
      } else if (c == '?') {
        re.append("[^/]");
      } else if (c == '{') {
        re.append("(?:");
      } else if (c == '}') {
        re.append(')');
      } else if (c == ',' && glob.lastIndexOf('{', i) > glob.lastIndexOf('}', i)) {
        re.append('|');
      } else {
        re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return re.toString();
  }
}
