package dev.garlic.cli;

import dev.garlic.spi.ConfigKey;
import java.util.List;

/** The configuration keys the command line itself reads. */
final class CliKeys {

  static final String COLOR = "ui.color";
  static final String PROGRESS = "ui.progress";
  static final String MAX_WARNINGS = "ui.max_warnings";

  static final List<ConfigKey> ALL =
      List.of(
          new ConfigKey(
              COLOR,
              ConfigKey.Type.STRING,
              "auto",
              "colour output: auto (on a terminal), always or never"),
          new ConfigKey(
              PROGRESS,
              ConfigKey.Type.BOOLEAN,
              true,
              "show a progress line on an interactive terminal"),
          new ConfigKey(
              MAX_WARNINGS,
              ConfigKey.Type.INTEGER,
              20L,
              "warnings printed before the rest are only counted"));

  private CliKeys() {}
}
