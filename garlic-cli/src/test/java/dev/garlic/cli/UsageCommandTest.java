package dev.garlic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.garlic.agent.usage.SqliteUsageLedger;
import dev.garlic.protocol.usage.TokenUsage;
import dev.garlic.protocol.usage.UsageEntry;
import dev.garlic.protocol.usage.UsageKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsageCommandTest {

  private static final List<String> TOTAL_KEYS =
      List.of(
          "input_tokens",
          "cached_input_tokens",
          "output_tokens",
          "reasoning_tokens",
          "cost_usd",
          "compute_units");

  @TempDir Path repo;
  @TempDir Path home;

  private void record(
      String time, @Nullable String model, TokenUsage tokens, double usd, double cu) {
    try (SqliteUsageLedger ledger = SqliteUsageLedger.open(home.resolve("usage.db"))) {
      UsageKind kind = model == null ? UsageKind.TOOL : UsageKind.MODEL_CALL;
      String provider = model == null ? null : "openai";
      String name = model == null ? "shell" : null;
      ledger.append(
          new UsageEntry(
              Instant.parse(time), "s1", "t1", kind, provider, model, name, tokens, usd, cu, 1));
    }
  }

  private static List<String> keys(JsonNode node) {
    return List.copyOf(node.properties().stream().map(p -> p.getKey()).toList());
  }

  @Test
  void jsonHasRowsAndATotalWithExactlyTheDocumentedKeys() throws Exception {
    record("2026-11-20T10:00:00Z", "gpt-5.3-codex", new TokenUsage(1200, 800, 300, 100), 0.25, 3);
    record("2026-11-20T10:01:00Z", null, TokenUsage.ZERO, 0, 4.5);

    Garlic.Run run = new Garlic(repo, home).run("usage", "--json");

    assertThat(run.exit()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(keys(json)).containsExactly("rows", "total");
    assertThat(keys(json.get("total"))).containsExactlyElementsOf(TOTAL_KEYS);
    JsonNode first = json.get("rows").get(0);
    assertThat(keys(first))
        .containsExactlyInAnyOrder(
            "model",
            "input_tokens",
            "cached_input_tokens",
            "output_tokens",
            "reasoning_tokens",
            "cost_usd",
            "compute_units");
    assertThat(first.get("model").asText()).isEqualTo("gpt-5.3-codex");
    assertThat(json.get("rows").get(1).get("model").isNull()).isTrue();
  }

  @Test
  void jsonTokenCountsAreExactlyWhatWasRecorded() throws Exception {
    record(
        "2026-11-20T10:00:00Z", "m", new TokenUsage(123_456_789_012L, 98_765, 4_321, 1_234), 0, 0);

    JsonNode total =
        new ObjectMapper()
            .readTree(new Garlic(repo, home).run("usage", "--json").out())
            .get("total");

    assertThat(total.get("input_tokens").asLong()).isEqualTo(123_456_789_012L);
    assertThat(total.get("cached_input_tokens").asLong()).isEqualTo(98_765);
    assertThat(total.get("output_tokens").asLong()).isEqualTo(4_321);
    assertThat(total.get("reasoning_tokens").asLong()).isEqualTo(1_234);
  }

  @Test
  void groupsByDayAndLeavesOutUsageBeforeSince() throws Exception {
    record("2020-01-01T12:00:00Z", "m", new TokenUsage(1, 0, 0, 0), 0, 0);
    record("2026-11-20T12:00:00Z", "m", new TokenUsage(2, 0, 0, 0), 0, 0);

    Garlic.Run run =
        new Garlic(repo, home).run("usage", "--by", "day", "--since", "2026-01-01", "--json");

    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("rows")).hasSize(1);
    assertThat(json.get("rows").get(0).get("day").asText()).isEqualTo("2026-11-20");
    assertThat(json.get("total").get("input_tokens").asLong()).isEqualTo(2);
  }

  @Test
  void humanOutputIsATableWithATotalLine() {
    record("2026-11-20T10:00:00Z", "gpt-5.3-codex", new TokenUsage(1200, 800, 300, 100), 0.25, 3);
    record("2026-11-20T10:01:00Z", null, TokenUsage.ZERO, 0, 4.5);

    Garlic.Run run = new Garlic(repo, home).run("usage");

    assertThat(run.out())
        .isEqualTo(
            """
            model                input  cached  output  reasoning  cost (USD)    CU
            gpt-5.3-codex        1,200     800     300        100      0.2500  3.00
            (tools and engines)      0       0       0          0      0.0000  4.50
            total                1,200     800     300        100      0.2500  7.50
            """);
  }

  @Test
  void saysSoWhenNothingWasRecordedAndCreatesNoLedger() {
    Garlic.Run run = new Garlic(repo, home).run("usage");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEqualTo("no usage recorded\n");
    assertThat(Files.exists(home.resolve("usage.db"))).isFalse();
  }

  @Test
  void badSinceIsAUsageErrorNamingTheAcceptedForms() {
    Garlic.Run run = new Garlic(repo, home).run("usage", "--since", "yesterday");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("'yesterday' is not a time to start from; use 24h, 7d");
  }

  @Test
  void badGroupingIsAUsageError() {
    Garlic.Run run = new Garlic(repo, home).run("usage", "--by", "week");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("use model, task, day or session");
  }

  @Test
  void corruptLedgerIsOneLineNamingTheFileAndTheFix() throws Exception {
    Path file = home.resolve("usage.db");
    Files.writeString(file, "garbage ".repeat(200));

    Garlic.Run run = new Garlic(repo, home).run("usage");

    assertThat(run.exit()).isEqualTo(4);
    assertThat(run.err())
        .isEqualTo(
            "garlic: "
                + file
                + " is not a readable usage ledger; move it away and garlic starts a new one\n");
  }
}
