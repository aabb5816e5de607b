package dev.garlic.agent.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.garlic.llm.Message;
import dev.garlic.protocol.ErrorCode;
import dev.garlic.protocol.agent.Event;
import dev.garlic.protocol.agent.TurnEndReason;
import dev.garlic.protocol.usage.TokenUsage;
import dev.garlic.spi.GarlicException;
import dev.garlic.spi.Reporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionStoreTest {

  @TempDir Path home;
  @TempDir Path repoA;
  @TempDir Path repoB;

  private final List<String> warnings = new ArrayList<>();
  private final Reporter reporter =
      new Reporter() {
        @Override
        public void progress(String task, long done, long total) {}

        @Override
        public void warn(String message) {
          warnings.add(message);
        }
      };

  private Path dir() {
    return home.resolve("sessions");
  }

  private SessionStore store() {
    return new SessionStore(dir(), reporter);
  }

  private static SessionMeta meta(String id, Path repo, @Nullable Path worktree) {
    return new SessionMeta(
        id,
        Instant.parse("2026-11-21T10:00:00Z"),
        repo,
        worktree,
        null,
        null,
        "openai/gpt-5",
        "deep",
        "title of " + id,
        "dev",
        1);
  }

  /** A session with {@code turns} completed turns, last written at minute {@code minute}. */
  private Path session(String id, Path repo, int turns, int minute) throws IOException {
    Path file;
    try (SessionLog log = SessionLog.create(dir(), meta(id, repo, null), Reporter.SILENT)) {
      for (int i = 0; i < turns; i++) {
        log.event(new Event.TurnStarted(2 * i + 1, id));
        log.message(new Message.UserMessage("turn " + i));
        log.message(Message.AssistantMessage.ofText("ok"));
        log.event(
            new Event.UsageUpdate(
                2 * i + 2,
                id,
                TokenUsage.ZERO,
                new TokenUsage(10L * (i + 1), 0, 1, 0),
                0.5 * (i + 1)));
        log.event(new Event.TurnComplete(2 * i + 3, id, TurnEndReason.DONE, "ok"));
      }
      file = log.file();
    }
    Files.setLastModifiedTime(
        file, FileTime.from(Instant.parse("2026-11-21T10:00:00Z").plusSeconds(60L * minute)));
    return file;
  }

  @Test
  void theSessionsDirectoryIsUnderGarlicHome() {
    assertThat(SessionStore.userDir(Map.of("GARLIC_HOME", "/g"), Path.of("/home/u")))
        .isEqualTo(Path.of("/g/sessions"));
    assertThat(SessionStore.userDir(Map.of(), Path.of("/home/u")))
        .isEqualTo(Path.of("/home/u/.garlic/sessions"));
  }

  @Test
  void listsNothingWhenTheDirectoryDoesNotExist() {
    assertThat(store().list()).isEmpty();
    assertThat(store().last()).isEmpty();
  }

  @Test
  void listsTheMostRecentlyWrittenFirstWithTheirTotals() throws IOException {
    session("old", repoA, 1, 1);
    session("new", repoA, 2, 3);
    session("mid", repoA, 0, 2);

    List<SessionSummary> sessions = store().list();

    assertThat(sessions).extracting(SessionSummary::id).containsExactly("new", "mid", "old");
    SessionSummary newest = sessions.getFirst();
    assertThat(newest.turns()).isEqualTo(2);
    assertThat(newest.state()).isEqualTo(SessionState.IDLE);
    assertThat(newest.lastReason()).isEqualTo(TurnEndReason.DONE);
    assertThat(newest.costUsd()).isEqualTo(1.0);
    assertThat(newest.tokens().input()).isEqualTo(20);
    assertThat(newest.title()).isEqualTo("title of new");
    assertThat(newest.updated()).isEqualTo(Instant.parse("2026-11-21T10:03:00Z"));
    assertThat(sessions.get(1).state()).isEqualTo(SessionState.NEW);
  }

  @Test
  void listsOnlyTheSessionsOfARepositoryUpToTheLimit() throws IOException {
    session("a1", repoA, 1, 1);
    session("b1", repoB, 1, 2);
    session("a2", repoA, 1, 3);
    session("a3", repoA, 1, 4);

    assertThat(store().list(repoA, 2)).extracting(SessionSummary::id).containsExactly("a3", "a2");
    assertThat(store().list(repoB.resolve("sub"), 10))
        .extracting(SessionSummary::id)
        .containsExactly("b1");
  }

  @Test
  void aSessionInAWorktreeBelongsToItsWorktreeToo() throws IOException {
    Path worktree = repoA.resolve(".garlic/worktrees/t1");
    SessionLog.create(dir(), meta("t1", repoA, worktree), Reporter.SILENT).close();

    assertThat(store().last(worktree)).contains(dir().resolve("t1.jsonl"));
    assertThat(store().last(repoB)).isEmpty();
  }

  @Test
  void aRunningSessionIsListedAsRunningAndAnUnfinishedOneAsIncomplete() throws IOException {
    try (SessionLog log = SessionLog.create(dir(), meta("live", repoA, null), Reporter.SILENT)) {
      log.event(new Event.TurnStarted(1, "live"));

      assertThat(store().list().getFirst().state()).isEqualTo(SessionState.RUNNING);
    }
    assertThat(store().list().getFirst().state()).isEqualTo(SessionState.INCOMPLETE);
  }

  @Test
  void aDamagedLogIsSkippedWithAWarning() throws IOException {
    session("good", repoA, 1, 1);
    Files.writeString(dir().resolve("bad.jsonl"), "garbage\n");

    assertThat(store().list()).extracting(SessionSummary::id).containsExactly("good");
    assertThat(warnings).singleElement().asString().contains("bad.jsonl:1");
  }

  @Test
  void findsBySessionIdOrByAPrefixOfIt() throws IOException {
    Path file = session("20261121-abcdef", repoA, 0, 1);
    session("20261121-xyz234", repoA, 0, 2);

    assertThat(store().find("20261121-abcdef")).isEqualTo(file);
    assertThat(store().find("20261121-a")).isEqualTo(file);
  }

  @Test
  void anAmbiguousPrefixIsAUsageErrorListingTheCandidates() throws IOException {
    session("20261121-abcdef", repoA, 0, 1);
    session("20261121-xyz234", repoA, 0, 2);

    assertThatThrownBy(() -> store().find("2026"))
        .isInstanceOfSatisfying(
            GarlicException.class, e -> assertThat(e.error().code()).isEqualTo(ErrorCode.USAGE))
        .hasMessage(
            "'2026' names 2 sessions (20261121-xyz234, 20261121-abcdef); give more of the id");
  }

  @Test
  void anUnknownIdIsAnInputError() throws IOException {
    session("s1", repoA, 0, 1);

    assertThatThrownBy(() -> store().find("s2"))
        .isInstanceOfSatisfying(
            GarlicException.class, e -> assertThat(e.error().code()).isEqualTo(ErrorCode.INPUT))
        .hasMessageStartingWith("no session 's2' in ");
  }

  @Test
  void aMalformedIdIsAUsageError() {
    assertThatThrownBy(() -> store().find("../etc/passwd"))
        .isInstanceOfSatisfying(
            GarlicException.class, e -> assertThat(e.error().code()).isEqualTo(ErrorCode.USAGE));
  }

  @Test
  void lastIsTheMostRecentlyWritten() throws IOException {
    session("a", repoA, 0, 5);
    Path b = session("b", repoB, 0, 9);
    Path c = session("c", repoA, 0, 7);

    assertThat(store().last()).contains(b);
    assertThat(store().last(repoA)).contains(c);
  }

  @Test
  void newIdsAreValidAndStartWithTheDay() {
    String id = SessionStore.newId(Instant.parse("2026-11-21T23:59:00Z"));

    assertThat(id).matches("20261121-[a-z2-9]{6}");
    assertThat(SessionMeta.isValidId(id)).isTrue();
  }
}
