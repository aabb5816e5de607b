package dev.garlic.workspace.java;

import com.github.javaparser.Position;
import com.github.javaparser.ast.comments.Comment;
import com.github.javaparser.ast.comments.CommentsCollection;
import com.github.javaparser.ast.comments.JavadocComment;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The Javadoc comments of one file, matched to declarations by position. JavaParser's own comment
 * attribution is slow and skipped for files with syntax errors; here a declaration's doc is the
 * last Javadoc that ends before the declaration starts and after the previous member ends.
 */
final class DocComments {

  private final List<JavadocComment> comments = new ArrayList<>();
  private final long[] ends;
  private final long[] begins;

  DocComments(@Nullable CommentsCollection collection) {
    if (collection != null) {
      for (Comment comment : collection.getComments()) {
        if (comment instanceof JavadocComment javadoc && comment.getRange().isPresent()) {
          comments.add(javadoc);
        }
      }
    }
    ends = new long[comments.size()];
    begins = new long[comments.size()];
    for (int i = 0; i < comments.size(); i++) {
      ends[i] = key(comments.get(i).getRange().orElseThrow().end);
      begins[i] = key(comments.get(i).getRange().orElseThrow().begin);
    }
  }

  /** A position as one sortable number. */
  static long key(Position position) {
    return ((long) position.line << 24) | position.column;
  }

  /**
   * The first sentence of the Javadoc between {@code floor} (exclusive; the end of whatever came
   * before) and {@code declarationBegin}, or null.
   */
  @Nullable String firstSentenceBefore(long declarationBegin, long floor) {
    int low = 0;
    int high = ends.length - 1;
    int found = -1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      if (ends[middle] < declarationBegin) {
        found = middle;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    if (found < 0 || begins[found] <= floor) {
      return null;
    }
    return FirstSentence.of(comments.get(found).getContent());
  }
}
