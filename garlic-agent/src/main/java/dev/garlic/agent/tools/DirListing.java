package dev.garlic.agent.tools;

import java.util.List;

/**
 * What {@code list_dir} found under a directory.
 *
 * @param path the directory listed, relative to the workspace root ({@code .} for the root)
 * @param depth how many levels below it were listed
 * @param entries paths relative to {@code path}, sorted, directories ending in {@code /}; at most
 *     the cap, so possibly fewer than {@code total}
 * @param total how many entries there were before the cap
 */
public record DirListing(String path, int depth, List<String> entries, int total) {

  public DirListing {
    entries = List.copyOf(entries);
  }

  /** Whether entries were left out because of the cap. */
  public boolean truncated() {
    return entries.size() < total;
  }

  /** One entry per line, indented by level, with a note when entries were left out. */
  String text() {
    StringBuilder out = new StringBuilder(path.equals(".") ? "./" : path + "/").append('\n');
    for (String entry : entries) {
      String bare = entry.endsWith("/") ? entry.substring(0, entry.length() - 1) : entry;
      int level = (int) bare.chars().filter(c -> c == '/').count();
      out.append("  ".repeat(level + 1)).append(bare.substring(bare.lastIndexOf('/') + 1));
      out.append(entry.endsWith("/") ? "/" : "").append('\n');
    }
    if (entries.isEmpty()) {
      out.append("  (nothing listed: ignored, binary and unknown-type files are not shown)\n");
    }
    if (truncated()) {
      out.append("... ")
          .append(total - entries.size())
          .append(" more entries not shown; list a sub-directory or lower the depth\n");
    }
    return out.toString();
  }
}
