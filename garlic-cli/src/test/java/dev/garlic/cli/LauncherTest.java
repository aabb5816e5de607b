package dev.garlic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real {@code garlic} script through a symlink, as a user who linked it into PATH would.
 * Slow: the script may build the whole project first.
 */
@Tag("slow")
class LauncherTest {

  private static final Path SCRIPT = Path.of("..", "garlic").toAbsolutePath().normalize();

  @TempDir Path dir;

  private record Result(int exit, String out, String err) {}

  private Result garlic(String... args) throws IOException, InterruptedException {
    Path link = dir.resolve("bin/garlic");
    if (!Files.exists(link)) {
      Files.createDirectories(link.getParent());
      Files.createSymbolicLink(link, SCRIPT);
    }
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process process =
        new ProcessBuilder(concat(link.toString(), args))
            .directory(dir.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    assertThat(process.waitFor(10, TimeUnit.MINUTES)).isTrue();
    return new Result(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private static List<String> concat(String first, String... rest) {
    return Stream.concat(Stream.of(first), Stream.of(rest)).toList();
  }

  @Test
  void runsThroughASymlinkAndPrintsTheVersion() throws Exception {
    Result result = garlic("--version");

    assertThat(result.exit()).isZero();
    assertThat(result.out()).startsWith("garlic ").contains("Java ");
  }

  @Test
  void jsonOutputOfTheRealEnginesParses() throws Exception {
    Files.writeString(dir.resolve("Hello.java"), "class Hello { void greet() {} }\n");

    Result result = garlic("--json", "symbols", "greet");

    assertThat(result.exit()).as(result.err()).isZero();
    assertThat(new ObjectMapper().readTree(result.out()).has("symbols")).isTrue();
  }

  @Test
  void missingDirectoryExitsFour() throws Exception {
    Result result = garlic("-C", "missing", "symbols", "X");

    assertThat(result.exit()).isEqualTo(4);
    assertThat(result.err()).containsOnlyOnce("garlic: no such directory: ").contains("missing");
  }
}
