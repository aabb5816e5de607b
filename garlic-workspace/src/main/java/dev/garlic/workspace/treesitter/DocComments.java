package dev.garlic.workspace.treesitter;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.treesitter.TSNode;

/**
 * Finds the documentation of a definition: the comments right above it (skipping attributes and
 * decorators, and looking past wrappers such as {@code export}), or a Python docstring, reduced to
 * its first sentence.
 */
final class DocComments {

  private static final int MAX_LENGTH = 200;
  private static final Set<String> SKIPPED_SIBLINGS =
      Set.of("attribute_item", "decorator", "annotation", "attribute_list", "marker_annotation");
  private static final Set<String> DOC_WRAPPERS =
      Set.of("decorated_definition", "export_statement", "template_declaration");
  private static final Pattern COMMENT_MARKS =
      Pattern.compile("(?m)^\\s*(/\\*+|\\*+/|\\*|///?|//!|#+|--|\"\"\"|''')");
  private static final Pattern TAG_LINE = Pattern.compile("(?m)^\\s*@\\w");
  private static final Pattern TAGS = Pattern.compile("</?[a-zA-Z][^>]*>");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private DocComments() {}

  static @Nullable String find(TSNode definition, SourceText source, boolean docstrings) {
    if (docstrings) {
      String docstring = docstring(definition, source);
      if (docstring != null) {
        return docstring;
      }
    }
    TSNode anchor = definition;
    while (DeclarationText.WRAPPERS.contains(anchor.getParent().getType())
        || DOC_WRAPPERS.contains(anchor.getParent().getType())) {
      anchor = anchor.getParent();
    }
    return commentAbove(anchor, source);
  }

  private static @Nullable String docstring(TSNode definition, SourceText source) {
    TSNode body = definition.getChildByFieldName("body");
    if (body.isNull() || body.getNamedChildCount() == 0) {
      return null;
    }
    TSNode first = body.getNamedChild(0);
    if (!first.getType().equals("expression_statement") || first.getNamedChildCount() != 1) {
      return null;
    }
    TSNode string = first.getNamedChild(0);
    return string.getType().equals("string") ? firstSentence(source.text(string)) : null;
  }

  private static @Nullable String commentAbove(TSNode anchor, SourceText source) {
    Deque<String> lines = new ArrayDeque<>();
    int nextRow = anchor.getStartPoint().getRow();
    TSNode sibling = anchor.getPrevSibling();
    if (sibling.isNull() && anchor.getParent().getType().contains("body")) {
      // Ruby puts the comment above the first definition of a body before the body node.
      sibling = anchor.getParent().getPrevSibling();
    }
    if (!sibling.isNull()
        && !sibling.getType().contains("comment")
        && !SKIPPED_SIBLINGS.contains(sibling.getType())) {
      // Some grammars (Kotlin) attach a comment to the end of the node before it.
      sibling = lastDescendant(sibling);
    }
    while (!sibling.isNull()) {
      String type = sibling.getType();
      if (SKIPPED_SIBLINGS.contains(type)) {
        nextRow = sibling.getStartPoint().getRow();
      } else if (type.contains("comment") && sibling.getEndPoint().getRow() >= nextRow - 1
          && startsItsLine(sibling)) {
        lines.addFirst(source.text(sibling));
        nextRow = sibling.getStartPoint().getRow();
      } else {
        break;
      }
      sibling = sibling.getPrevSibling();
    }
    return lines.isEmpty() ? null : firstSentence(String.join("\n", lines));
  }

  private static TSNode lastDescendant(TSNode node) {
    TSNode last = node;
    while (last.getChildCount() > 0) {
      last = last.getChild(last.getChildCount() - 1);
    }
    return last;
  }

  private static boolean startsItsLine(TSNode comment) {
    TSNode before = comment.getPrevSibling();
    return before.isNull() || before.getEndPoint().getRow() < comment.getStartPoint().getRow();
  }

  /** The first sentence of a comment's text, without comment markers and markup. */
  static @Nullable String firstSentence(String comment) {
    String text = COMMENT_MARKS.matcher(comment).replaceAll(" ");
    text = text.replace("*/", " ").replace("\"\"\"", " ").replace("'''", " ");
    var tag = TAG_LINE.matcher(text);
    text = tag.find() ? text.substring(0, tag.start()) : text;
    text = TAGS.matcher(text).replaceAll(" ");
    text = WHITESPACE.matcher(text).replaceAll(" ").strip();
    if (text.length() >= 2 && (text.startsWith("\"") || text.startsWith("'"))) {
      text = text.substring(1, text.length() - 1).strip();
    }
    int end = sentenceEnd(text);
    text = end > 0 ? text.substring(0, end) : text;
    if (text.isEmpty()) {
      return null;
    }
    return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text;
  }

  private static int sentenceEnd(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '.' && (i + 1 == text.length() || text.charAt(i + 1) == ' ')) {
        return i + 1;
      }
    }
    return -1;
  }
}
