package dev.garlic.cli;

import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Help.Ansi.IStyle;
import picocli.CommandLine.Help.Ansi.Style;

/**
 * The few styles human output uses, as picocli ANSI escapes when colour is on and as plain text
 * otherwise. Styling is applied to already-final text, so user content is never parsed as markup.
 */
final class Palette {

  private final boolean color;

  Palette(boolean color) {
    this.color = color;
  }

  /**
   * Decides whether to colour: never with {@code --no-color}, a non-empty {@code NO_COLOR}, or
   * {@code ui.color = "never"}; always with {@code ui.color = "always"}; else only on a terminal.
   */
  static boolean enabled(boolean noColorFlag, String noColorEnv, String uiColor, boolean terminal) {
    if (noColorFlag || !noColorEnv.isEmpty() || uiColor.equals("never")) {
      return false;
    }
    return uiColor.equals("always") || terminal;
  }

  boolean color() {
    return color;
  }

  Ansi ansi() {
    return color ? Ansi.ON : Ansi.OFF;
  }

  /** A location ({@code path:line}). */
  String location(String text) {
    return style(text, Style.fg_magenta);
  }

  String heading(String text) {
    return style(text, Style.bold);
  }

  String dim(String text) {
    return style(text, Style.faint);
  }

  String accent(String text) {
    return style(text, Style.fg_cyan);
  }

  private String style(String text, IStyle style) {
    return color ? style.on() + text + style.off() : text;
  }
}
