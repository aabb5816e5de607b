package dev.garlic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.garlic.agent.session.SessionLog;
import dev.garlic.agent.session.SessionMeta;
import dev.garlic.agent.session.SessionState;
import dev.garlic.agent.session.SessionSummary;
import dev.garlic.llm.Message;
import dev.garlic.protocol.agent.Event;
import dev.garlic.protocol.agent.TurnEndReason;
import dev.garlic.protocol.usage.TokenUsage;
import dev.garlic.spi.Reporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionsCommandTest {

  @TempDir Path repo;
  @TempDir Path other;
  @TempDir Path home;

  private Garlic garlic() {
    return new Garlic(repo, home);
  }

  /** A session of {@code root} with one completed turn, last written {@code minutesAgo}. */
  private void session(String id, Path root, String title, int minutesAgo) throws IOException {
    SessionMeta meta =
        SessionMeta.of(id, Instant.now(), root, null, null, null, "openai/gpt-5", "deep", title);
    Path file;
    try (SessionLog log = SessionLog.create(home.resolve("sessions"), meta, Reporter.SILENT)) {
      log.event(new Event.TurnStarted(1, id));
      log.message(new Message.UserMessage(title));
      log.message(Message.AssistantMessage.ofText("done"));
      log.event(
          new Event.UsageUpdate(2, id, TokenUsage.ZERO, new TokenUsage(1200, 200, 300, 0), 0.375));
      log.event(new Event.TurnComplete(3, id, TurnEndReason.DONE, "done"));
      file = log.file();
    }
    Files.setLastModifiedTime(
        file, FileTime.from(Instant.now().minus(Duration.ofMinutes(minutesAgo))));
  }

  @Test
  void saysSoWhenThereAreNoSessions() {
    Garlic.Run run = garlic().run("sessions");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEqualTo("no sessions in this repository (--all lists every one)\n");
    assertThat(Files.exists(home.resolve("sessions"))).isFalse();
  }

  @Test
  void listsTheSessionsOfThisRepositoryNewestFirst() throws IOException {
    session("s-old", repo, "Add a cache", 90);
    session("s-new", repo, "Fix the flaky test", 5);
    session("s-elsewhere", other, "Elsewhere", 1);

    Garlic.Run run = garlic().run("sessions");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out())
        .isEqualTo(
            """
            SESSION  AGE  TURNS  STATE  COST   TITLE
            s-new    5m   1      done   $0.38  Fix the flaky test
            s-old    1h   1      done   $0.38  Add a cache
            """);
  }

  @Test
  void allListsEveryRepositoryAndLimitCutsTheList() throws IOException {
    session("s-old", repo, "Add a cache", 90);
    session("s-elsewhere", other, "Elsewhere", 1);

    assertThat(garlic().run("sessions", "--all").out()).contains("s-old", "s-elsewhere");
    assertThat(garlic().run("sessions", "--all", "--limit", "1").out())
        .contains("s-elsewhere")
        .doesNotContain("s-old");
  }

  @Test
  void jsonHasOneObjectPerSession() throws Exception {
    session("s1", repo, "Add a cache", 3);

    Garlic.Run run = garlic().run("sessions", "--json");

    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.properties()).hasSize(1);
    JsonNode first = json.get("sessions").get(0);
    assertThat(first.get("id").asText()).isEqualTo("s1");
    assertThat(first.get("title").asText()).isEqualTo("Add a cache");
    assertThat(first.get("turns").asInt()).isEqualTo(1);
    assertThat(first.get("state").asText()).isEqualTo("idle");
    assertThat(first.get("last_reason").asText()).isEqualTo("done");
    assertThat(first.get("input_tokens").asLong()).isEqualTo(1200);
    assertThat(first.get("cost_usd").asDouble()).isEqualTo(0.375);
    assertThat(first.get("repo_root").asText()).isEqualTo(repo.toString());
    assertThat(first.get("worktree").isNull()).isTrue();
  }

  @Test
  void aDamagedLogIsSkippedWithAWarning() throws IOException {
    session("good", repo, "Good", 1);
    Files.writeString(home.resolve("sessions/bad.jsonl"), "{\"type\":\"session\"}\n");

    Garlic.Run run = garlic().run("sessions", "--all");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("good");
    assertThat(run.err())
        .startsWith("garlic: warning: skipped a session: ")
        .contains("bad.jsonl:1");
  }

  @Test
  void aLimitBelowOneIsAUsageError() {
    Garlic.Run run = garlic().run("sessions", "--limit", "0");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--limit must be a positive number");
  }

  @Test
  void ageIsInTheLargestWholeUnit() {
    assertThat(SessionsCommand.age(Duration.ofSeconds(42))).isEqualTo("42s");
    assertThat(SessionsCommand.age(Duration.ofMinutes(59))).isEqualTo("59m");
    assertThat(SessionsCommand.age(Duration.ofHours(23))).isEqualTo("23h");
    assertThat(SessionsCommand.age(Duration.ofDays(400))).isEqualTo("400d");
  }

  @Test
  void aSessionWhoseTurnNeverCompletedShowsAsIncomplete() {
    SessionSummary summary =
        new SessionSummary(
            "s1",
            Instant.EPOCH,
            Instant.EPOCH,
            "t",
            repo,
            null,
            null,
            "m",
            1,
            SessionState.INCOMPLETE,
            TurnEndReason.DONE,
            null,
            TokenUsage.ZERO,
            0,
            repo);

    assertThat(SessionsCommand.state(summary)).isEqualTo("incomplete");
  }
}
