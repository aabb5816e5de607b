package dev.garlic.workspace.treesitter;

import java.util.Set;
import java.util.regex.Pattern;
import org.treesitter.TSNode;

/**
 * The one-line signature of a definition: its source from where the declaration starts up to its
 * body, on one line.
 */
final class DeclarationText {

  private static final int MAX_LENGTH = 200;
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /**
   * Nodes that wrap a definition and carry part of its declaration: {@code export} before a
   * function, {@code const} before a declarator, {@code type} before a Go type spec.
   */
  static final Set<String> WRAPPERS =
      Set.of(
          "export_statement",
          "lexical_declaration",
          "variable_declaration",
          "type_declaration",
          "const_declaration",
          "var_declaration",
          "template_declaration",
          "expression_statement",
          "assignment",
          "declaration",
          "field_declaration",
          "ambient_declaration",
          "property_declaration",
          "const_spec",
          "var_spec",
          "variable_declaration_statement");

  private DeclarationText() {}

  static String signature(TSNode definition, SourceText source) {
    TSNode outer = outermostWrapper(definition);
    int start = outer.getStartByte();
    TSNode body = definition.getChildByFieldName("body");
    int end =
        body.isNull() || body.getStartByte() <= start
            ? Math.min(source.endOfLine(start), outer.getEndByte())
            : Math.min(firstCommentBefore(definition, body.getStartByte()), definition.getEndByte());
    String text = WHITESPACE.matcher(source.slice(start, end)).replaceAll(" ").strip();
    text = stripTrailing(text);
    return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text;
  }

  /** A comment between the declaration and its body (Ruby allows one) is not part of it. */
  private static int firstCommentBefore(TSNode definition, int bodyStart) {
    int count = definition.getChildCount();
    for (int i = 0; i < count; i++) {
      TSNode child = definition.getChild(i);
      if (child.getStartByte() >= bodyStart) {
        break;
      }
      if (child.getType().contains("comment")) {
        return child.getStartByte();
      }
    }
    return bodyStart;
  }

  private static TSNode outermostWrapper(TSNode definition) {
    int row = definition.getStartPoint().getRow();
    TSNode outer = definition;
    TSNode parent = definition.getParent();
    while (!parent.isNull()
        && WRAPPERS.contains(parent.getType())
        && parent.getStartPoint().getRow() == row) {
      outer = parent;
      parent = parent.getParent();
    }
    return outer;
  }

  private static String stripTrailing(String text) {
    String result = text;
    while (!result.isEmpty() && "{:=;".indexOf(result.charAt(result.length() - 1)) >= 0) {
      result = result.substring(0, result.length() - 1).stripTrailing();
    }
    return result;
  }
}
