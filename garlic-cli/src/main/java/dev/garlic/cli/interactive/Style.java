package dev.garlic.cli.interactive;

/**
 * The few styles the session uses, as ANSI escapes when colour is on and as plain text otherwise.
 * Styling wraps already-final text, so nothing the model writes is interpreted as markup.
 */
final class Style {

  private final boolean color;

  Style(boolean color) {
    this.color = color;
  }

  String bold(String text) {
    return sgr("1", text);
  }

  String dim(String text) {
    return sgr("2", text);
  }

  String accent(String text) {
    return sgr("36", text);
  }

  String ok(String text) {
    return sgr("32", text);
  }

  String error(String text) {
    return sgr("31", text);
  }

  String warn(String text) {
    return sgr("33", text);
  }

  private String sgr(String code, String text) {
    return color && !text.isEmpty() ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
  }
}
