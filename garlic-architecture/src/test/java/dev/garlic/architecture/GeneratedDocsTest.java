package dev.garlic.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.garlic.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Tool specs are the single source of the tool documentation: {@code docs/tools.md} must be what
 * {@code garlic tools --markdown} prints for the engines of this build.
 */
class GeneratedDocsTest {

  @Test
  void toolsPageMatchesTheToolSpecs() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        Main.run(
            new String[] {"tools", "--markdown"},
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            Map.of());

    assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(Files.readString(Path.of("../docs/tools.md")))
        .as("docs/tools.md is stale; regenerate it with ./garlic tools --markdown > docs/tools.md")
        .isEqualTo(out.toString(StandardCharsets.UTF_8));
  }
}
