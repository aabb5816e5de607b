package dev.garlic.bench.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;

/**
 * {@code garlic audit --json PATH} through the repository's {@code garlic} launcher, a child
 * process like the peer, and the number of findings in what it prints.
 */
final class GarlicAuditCommand {

  private GarlicAuditCommand() {}

  static List<String> command(Path launcher, Path sources) {
    return List.of(launcher.toString(), "-C", sources.toString(), "audit", "--json", ".");
  }

  /**
   * Whether a run did its work: exit 0, or exit 1 (findings at or above {@code --fail-on}) with a
   * JSON report on stdout.
   */
  static boolean completed(int exitCode, Path stdout) {
    return exitCode == 0 || (exitCode == 1 && findings(stdout).isPresent());
  }

  /**
   * The findings in the JSON output: every object with a {@code rule_id} field, wherever the
   * document nests it; empty when the output is not JSON (e.g. the command failed).
   */
  static OptionalInt findings(Path stdout) {
    try {
      String text = Files.readString(stdout);
      if (text.isBlank()) {
        return OptionalInt.empty();
      }
      return OptionalInt.of(count(new ObjectMapper().readTree(text)));
    } catch (IOException e) {
      return OptionalInt.empty();
    }
  }

  private static int count(JsonNode node) {
    int n = node.isObject() && node.has("rule_id") ? 1 : 0;
    for (JsonNode child : node) {
      n += count(child);
    }
    return n;
  }
}
