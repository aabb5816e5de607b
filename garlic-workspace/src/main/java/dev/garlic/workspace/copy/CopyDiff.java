package dev.garlic.workspace.copy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;

/**
 * Unified diffs and diffstats of a copy's changes, in git's format so that {@code git apply} and
 * {@code patch -p1} read them. The "before" side is the original file: it is what was copied unless
 * the original changed since, in which case a line before that file's diff says so.
 */
final class CopyDiff {

  private static final DiffAlgorithm HISTOGRAM =
      DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.HISTOGRAM);

  private CopyDiff() {}

  /** The unified diff of {@code changes}; empty when there are none. */
  static String unified(List<CopyChanges.Change> changes, Path origin) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (CopyChanges.Change change : changes) {
      Side before = before(change, origin);
      byte[] after = change.entry() == null ? new byte[0] : change.entry().content();
      String path = change.path();
      if (before.changedSinceCopy()) {
        write(out, "# " + path + " changed in the original since the copy; diff against it now\n");
      }
      write(out, "diff --git a/" + path + " b/" + path + "\n");
      if (change.before() == null) {
        write(out, "new file mode " + mode(change.entry()) + "\n");
      } else if (change.after() == null) {
        CopyTree.Entry original = CopyChanges.at(origin, path);
        write(out, "deleted file mode " + (original == null ? "100644" : mode(original)) + "\n");
      }
      String from = change.before() == null ? "/dev/null" : "a/" + path;
      String to = change.after() == null ? "/dev/null" : "b/" + path;
      if (RawText.isBinary(before.bytes()) || RawText.isBinary(after)) {
        write(out, "Binary files " + from + " and " + to + " differ\n");
        continue;
      }
      write(out, "--- " + from + "\n+++ " + to + "\n");
      RawText a = new RawText(before.bytes());
      RawText b = new RawText(after);
      EditList edits = HISTOGRAM.diff(RawTextComparator.DEFAULT, a, b);
      try (DiffFormatter formatter = new DiffFormatter(out)) {
        formatter.format(edits, a, b);
        formatter.flush();
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Git's one-line summary: {@code 2 files changed, 3 insertions(+), 1 deletion(-)}. */
  static String stat(List<CopyChanges.Change> changes, Path origin) throws IOException {
    if (changes.isEmpty()) {
      return "";
    }
    long insertions = 0;
    long deletions = 0;
    for (CopyChanges.Change change : changes) {
      byte[] before = before(change, origin).bytes();
      byte[] after = change.entry() == null ? new byte[0] : change.entry().content();
      if (RawText.isBinary(before) || RawText.isBinary(after)) {
        continue;
      }
      for (Edit edit :
          HISTOGRAM.diff(RawTextComparator.DEFAULT, new RawText(before), new RawText(after))) {
        insertions += edit.getLengthB();
        deletions += edit.getLengthA();
      }
    }
    StringBuilder stat = new StringBuilder(plural(changes.size(), "file") + " changed");
    if (insertions > 0 || deletions == 0) {
      stat.append(", ").append(plural(insertions, "insertion")).append("(+)");
    }
    if (deletions > 0 || insertions == 0) {
      stat.append(", ").append(plural(deletions, "deletion")).append("(-)");
    }
    return stat.toString();
  }

  private record Side(byte[] bytes, boolean changedSinceCopy) {}

  private static Side before(CopyChanges.Change change, Path origin) throws IOException {
    if (change.before() == null) {
      return new Side(new byte[0], false);
    }
    CopyTree.Entry original = CopyChanges.at(origin, change.path());
    if (original == null) {
      return new Side(new byte[0], true);
    }
    return new Side(original.content(), !Objects.equals(original.fingerprint(), change.before()));
  }

  private static String mode(CopyTree.Entry entry) {
    if (entry.symlink()) {
      return "120000";
    }
    return Files.isExecutable(entry.file()) ? "100755" : "100644";
  }

  private static String plural(long n, String noun) {
    return String.format(Locale.ROOT, "%d %s%s", n, noun, n == 1 ? "" : "s");
  }

  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }
}
