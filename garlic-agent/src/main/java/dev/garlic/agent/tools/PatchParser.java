package dev.garlic.agent.tools;

import dev.garlic.spi.GarlicException;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses the {@code apply_patch} envelope (documented in {@code docs/apply-patch.md}). Lenient
 * where models commonly slip without ambiguity (a blank line inside a hunk is an empty context
 * line, the first hunk may omit its {@code @@}); strict everywhere else, with the line number of
 * the problem.
 */
final class PatchParser {

  static final String BEGIN = "*** Begin Patch";
  static final String END = "*** End Patch";
  static final String ADD = "*** Add File: ";
  static final String DELETE = "*** Delete File: ";
  static final String UPDATE = "*** Update File: ";
  static final String MOVE = "*** Move to: ";
  static final String END_OF_FILE = "*** End of File";

  private final List<String> lines;
  private int next;

  private PatchParser(List<String> lines) {
    this.lines = lines;
  }

  /**
   * Parses {@code text}.
   *
   * @throws GarlicException (usage) naming the line that breaks the format and the fix
   */
  static Patch parse(String text) {
    List<String> lines = new ArrayList<>(TextFiles.lines(text.strip()));
    if (lines.isEmpty() || !lines.getFirst().strip().equals(BEGIN)) {
      throw error(1, "a patch starts with '" + BEGIN + "'");
    }
    if (!lines.getLast().strip().equals(END)) {
      throw error(lines.size(), "a patch ends with '" + END + "'");
    }
    PatchParser parser = new PatchParser(lines.subList(0, lines.size() - 1));
    parser.next = 1;
    return parser.changes();
  }

  private Patch changes() {
    List<Patch.Change> changes = new ArrayList<>();
    while (next < lines.size()) {
      String line = lines.get(next);
      if (line.startsWith(ADD)) {
        changes.add(add(path(line, ADD)));
      } else if (line.startsWith(DELETE)) {
        next++;
        changes.add(new Patch.Delete(path(line, DELETE)));
      } else if (line.startsWith(UPDATE)) {
        changes.add(update(path(line, UPDATE)));
      } else if (line.isBlank()) {
        next++;
      } else {
        throw error(
            next + 1,
            "expected '" + ADD + "', '" + DELETE + "' or '" + UPDATE + "', found '" + line + "'");
      }
    }
    if (changes.isEmpty()) {
      throw error(1, "the patch changes no file");
    }
    return new Patch(changes);
  }

  private Patch.Add add(String path) {
    next++;
    List<String> content = new ArrayList<>();
    while (next < lines.size() && !lines.get(next).startsWith("*** ")) {
      String line = lines.get(next);
      if (!line.startsWith("+")) {
        throw error(next + 1, "every line of an added file starts with '+', found '" + line + "'");
      }
      content.add(line.substring(1));
      next++;
    }
    return new Patch.Add(path, content);
  }

  private Patch.Update update(String path) {
    int header = next + 1;
    next++;
    String moveTo = null;
    if (next < lines.size() && lines.get(next).startsWith(MOVE)) {
      moveTo = path(lines.get(next), MOVE);
      next++;
    }
    List<Patch.Hunk> hunks = new ArrayList<>();
    while (next < lines.size() && isHunkLine(lines.get(next), hunks.isEmpty())) {
      hunks.add(hunk(hunks.size() + 1));
    }
    if (hunks.isEmpty() && moveTo == null) {
      throw error(header, "'" + UPDATE + path + "' has no hunks; add '@@' hunks or remove it");
    }
    return new Patch.Update(path, moveTo, hunks);
  }

  private Patch.Hunk hunk(int number) {
    int start = next + 1;
    String anchor = null;
    if (lines.get(next).startsWith("@@")) {
      String rest = lines.get(next).substring(2).strip();
      anchor = rest.isEmpty() ? null : rest;
      next++;
    }
    List<String> body = new ArrayList<>();
    int trailingEmpty = 0;
    boolean atEnd = false;
    while (next < lines.size()) {
      String line = lines.get(next);
      if (line.equals(END_OF_FILE)) {
        atEnd = true;
        next++;
        break;
      }
      if (line.startsWith("@@") || line.startsWith("*** ")) {
        break;
      }
      body.add(line.isEmpty() ? " " : marked(line));
      trailingEmpty = line.isEmpty() ? trailingEmpty + 1 : 0;
      next++;
    }
    // Blank lines that end a hunk usually separate it from the next section, not context.
    body = body.subList(0, body.size() - trailingEmpty);
    if (body.stream().allMatch(l -> l.charAt(0) == ' ')) {
      throw error(start, "hunk " + number + " changes nothing; give lines starting '-' or '+'");
    }
    return new Patch.Hunk(number, anchor, body, atEnd);
  }

  private String marked(String line) {
    char marker = line.charAt(0);
    if (marker != ' ' && marker != '-' && marker != '+') {
      throw error(
          next + 1,
          "a hunk line starts with ' ' (context), '-' or '+', found '"
              + line
              + "'; prefix context lines with a space");
    }
    return line;
  }

  private static boolean isHunkLine(String line, boolean first) {
    if (line.startsWith("@@")) {
      return true;
    }
    return first && !line.isEmpty() && " -+".indexOf(line.charAt(0)) >= 0;
  }

  private String path(String line, String prefix) {
    String path = line.substring(prefix.length()).strip();
    if (path.isEmpty()) {
      throw error(next + 1, "'" + prefix.strip() + "' needs a path");
    }
    return path;
  }

  private static GarlicException error(int line, String message) {
    return GarlicException.usage("apply_patch: patch line " + line + ": " + message);
  }
}
