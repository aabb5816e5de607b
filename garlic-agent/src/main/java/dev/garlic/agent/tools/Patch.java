package dev.garlic.agent.tools;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A parsed {@code apply_patch} envelope: changes to files, in the order given. */
record Patch(List<Patch.Change> changes) {

  Patch {
    changes = List.copyOf(changes);
  }

  /** A change to one file. */
  sealed interface Change {
    String path();
  }

  /** A new file with these lines. */
  record Add(String path, List<String> lines) implements Change {
    Add {
      lines = List.copyOf(lines);
    }
  }

  record Delete(String path) implements Change {}

  /** Hunks applied to an existing file, which is then renamed when {@code moveTo} is set. */
  record Update(String path, @Nullable String moveTo, List<Hunk> hunks) implements Change {
    Update {
      hunks = List.copyOf(hunks);
    }
  }

  /**
   * One {@code @@} section of an update.
   *
   * @param number its number within the file's hunks, from 1, for messages
   * @param anchor the text after {@code @@}, a line the hunk's context comes after, or null
   * @param lines the hunk's lines, each starting with its marker ({@code ' '}, {@code -}, {@code
   *     +})
   * @param atEnd whether the hunk was marked {@code *** End of File}: it must match at the end
   */
  record Hunk(int number, @Nullable String anchor, List<String> lines, boolean atEnd) {

    Hunk {
      lines = List.copyOf(lines);
    }

    /** The lines the file must have for the hunk to apply: context and removals. */
    List<String> before() {
      return lines.stream().filter(l -> l.charAt(0) != '+').map(l -> l.substring(1)).toList();
    }

    long added() {
      return lines.stream().filter(l -> l.charAt(0) == '+').count();
    }

    long removed() {
      return lines.stream().filter(l -> l.charAt(0) == '-').count();
    }

    /** How the hunk is named in messages: its number, anchor and first line. */
    String describe() {
      String first = before().stream().filter(l -> !l.isBlank()).findFirst().orElse("");
      return "hunk "
          + number
          + (anchor == null ? "" : " (@@ " + anchor + ")")
          + (first.isEmpty() ? "" : " starting '" + first.strip() + "'");
    }
  }
}
