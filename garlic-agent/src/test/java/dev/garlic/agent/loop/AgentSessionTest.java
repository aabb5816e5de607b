package dev.garlic.agent.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.garlic.agent.sandbox.SandboxMode;
import dev.garlic.llm.ModelRef;
import dev.garlic.protocol.ErrorCode;
import dev.garlic.protocol.agent.Event;
import dev.garlic.protocol.agent.Op;
import dev.garlic.protocol.agent.TurnEndReason;
import dev.garlic.protocol.usage.TokenUsage;
import dev.garlic.testkit.TestWorkspace;
import dev.garlic.testkit.model.ScriptedReply;
import dev.garlic.testkit.model.ScriptedToolCall;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgentSessionTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ModelRef MODEL = new ModelRef("scripted", "scripted-model");

  @TempDir Path root;

  private static ScriptedToolCall call(String id, String tool, Map<String, String> arguments)
      throws IOException {
    return new ScriptedToolCall(id, tool, JSON.writeValueAsString(arguments));
  }

  private static JsonNode lastMessage(ScriptedSession session, int request, int fromEnd) {
    JsonNode messages = session.server.requests().get(request).json().get("messages");
    return messages.get(messages.size() - 1 - fromEnd);
  }

  private static TurnEndReason reason(List<Event> turn) {
    return ((Event.TurnComplete) turn.getLast()).reason();
  }

  private void git(String... args) throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(concat("git", args))
            .directory(root.toFile())
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes());
    assertThat(process.waitFor()).as(output).isZero();
  }

  private static String[] concat(String first, String[] rest) {
    String[] all = new String[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }

  private void repository() throws IOException, InterruptedException {
    git("init", "-q", "-b", "main");
    git("config", "user.name", "Test");
    git("config", "user.email", "test@example.com");
    TestWorkspace.in(root).file("a.txt", "one\n");
    git("add", "a.txt");
    git("commit", "-q", "-m", "first");
  }

  @Test
  void runsAScriptedTrajectoryThatReadsPatchesAndChecksStatus() throws Exception {
    repository();
    String patch = "*** Begin Patch\n*** Update File: a.txt\n@@\n-one\n+two\n*** End Patch";
    try (ScriptedSession session = new ScriptedSession(root)) {
      session
          .server
          .enqueue(
              ScriptedReply.toolCalls(call("c1", "read_file", Map.of("path", "a.txt")))
                  .withUsage(100, 0, 10, 0))
          .enqueue(
              ScriptedReply.toolCalls(call("c2", "apply_patch", Map.of("patch", patch)))
                  .withUsage(200, 100, 20, 0))
          .enqueue(
              ScriptedReply.toolCalls(call("c3", "git_status", Map.of()))
                  .withUsage(300, 200, 30, 0))
          .enqueue(ScriptedReply.text("Changed a.txt to two.").withUsage(400, 300, 40, 5));

      List<Event> turn = session.turn("change one to two");

      assertThat(Files.readString(root.resolve("a.txt"))).isEqualTo("two\n");
      assertThat(turn.stream().filter(e -> !(e instanceof Event.AgentMessageDelta)))
          .map(Event::getClass)
          .map(Class::getSimpleName)
          .containsExactly(
              "TurnStarted",
              "UsageUpdate",
              "ToolCallBegin",
              "ToolCallEnd",
              "UsageUpdate",
              "ToolCallBegin",
              "ToolCallEnd",
              "UsageUpdate",
              "ToolCallBegin",
              "ToolCallEnd",
              "UsageUpdate",
              "AgentMessage",
              "TurnComplete");
      assertThat(turn)
          .map(Event::seq)
          .containsExactlyElementsOf(LongStream.rangeClosed(2, turn.size() + 1).boxed().toList());
      assertThat(turn).map(Event::sessionId).containsOnly("s1");
      assertThat(turn.getLast())
          .isEqualTo(
              new Event.TurnComplete(
                  turn.size() + 1, "s1", TurnEndReason.DONE, "Changed a.txt to two."));
      assertThat(lastMessage(session, 1, 0).get("tool_call_id").asText()).isEqualTo("c1");
      assertThat(lastMessage(session, 1, 0).get("content").asText()).contains("one");
      assertThat(lastMessage(session, 3, 0).get("content").asText()).contains(" M a.txt");
    }
  }

  @Test
  void totalsTheUsageOfEveryModelCallOfATurn() throws Exception {
    TestWorkspace.in(root).file("a.txt", "one\n");
    try (ScriptedSession session = new ScriptedSession(root)) {
      session
          .server
          .enqueue(
              ScriptedReply.toolCalls(call("c1", "read_file", Map.of("path", "a.txt")))
                  .withUsage(1_000, 0, 100, 0))
          .enqueue(ScriptedReply.text("done").withUsage(2_000, 1_000, 200, 50));

      List<Event> turn = session.turn("read a.txt");

      TokenUsage expected = new TokenUsage(3_000, 1_000, 300, 50);
      Event.UsageUpdate last =
          (Event.UsageUpdate)
              turn.stream().filter(Event.UsageUpdate.class::isInstance).toList().getLast();
      assertThat(last.turn()).isEqualTo(expected);
      assertThat(last.total()).isEqualTo(expected);
      double cost = (2_000 * 1 + 1_000 * 0.1 + 300 * 10) / 1e6;
      assertThat(last.costUsd()).isCloseTo(cost, offset(1e-12));
      assertThat(session.usage.total().tokens()).isEqualTo(expected);
      assertThat(session.usage.total().costUsd()).isCloseTo(cost, offset(1e-12));
    }
  }

  @Test
  void returnsMalformedArgumentsAndUnknownToolsToTheModelAsToolErrors() throws Exception {
    try (ScriptedSession session = new ScriptedSession(root)) {
      session
          .server
          .enqueue(
              ScriptedReply.toolCalls(
                  new ScriptedToolCall("c1", "read_file", "{\"path\": "),
                  new ScriptedToolCall("c2", "frobnicate", "{}")))
          .enqueue(ScriptedReply.text("sorry"));

      List<Event> turn = session.turn("go");

      assertThat(reason(turn)).isEqualTo(TurnEndReason.DONE);
      assertThat(turn.stream().filter(Event.ToolCallEnd.class::isInstance))
          .map(e -> ((Event.ToolCallEnd) e).ok())
          .containsExactly(false, false);
      assertThat(lastMessage(session, 1, 1).get("content").asText())
          .startsWith("ERROR: read_file: the arguments are not valid JSON");
      assertThat(lastMessage(session, 1, 0).get("content").asText())
          .startsWith("ERROR: unknown tool \"frobnicate\"; call one of: list_dir, read_file");
    }
  }

  @Test
  void endsTheTurnWithMaxStepsWhenTheModelKeepsCallingTools() throws Exception {
    TestWorkspace.in(root).file("a.txt", "one\n");
    AgentConfig config = AgentConfig.of(MODEL, "You are a test.").withMaxSteps(2);
    try (ScriptedSession session = new ScriptedSession(root, config)) {
      session
          .server
          .enqueue(ScriptedReply.toolCalls(call("c1", "read_file", Map.of("path", "a.txt"))))
          .enqueue(ScriptedReply.toolCalls(call("c2", "read_file", Map.of("path", "a.txt"))));

      List<Event> turn = session.turn("loop");

      assertThat(reason(turn)).isEqualTo(TurnEndReason.MAX_STEPS);
      assertThat(session.server.requests()).hasSize(2);
    }
  }

  @Test
  void tellsTheModelWhenTheReadOnlySandboxRefusesATool() throws Exception {
    AgentConfig config =
        AgentConfig.of(MODEL, "You are a test.")
            .withApprovals(ApprovalPolicy.NEVER_ASK.withSandbox(SandboxMode.READ_ONLY));
    try (ScriptedSession session = new ScriptedSession(root, config)) {
      session
          .server
          .enqueue(
              ScriptedReply.toolCalls(
                  call("c1", "write_file", Map.of("path", "b.txt", "content", "x"))))
          .enqueue(ScriptedReply.text("I would have written b.txt."));

      List<Event> turn = session.turn("write b.txt");

      assertThat(reason(turn)).isEqualTo(TurnEndReason.DONE);
      assertThat(root.resolve("b.txt")).doesNotExist();
      assertThat(lastMessage(session, 1, 0).get("content").asText())
          .startsWith("ERROR: write_file: refused: the sandbox is read-only");
    }
  }

  @Test
  void interruptEndsAStreamingTurnAndTheNextInputStillWorks() throws Exception {
    try (ScriptedSession session = new ScriptedSession(root)) {
      session
          .server
          .enqueue(
              ScriptedReply.text("one two three four five six seven eight nine ten")
                  .withChunkPause(Duration.ofMillis(500)))
          .enqueue(ScriptedReply.text("hello again"));
      session.submit(new Op.UserInput("count"));
      assertThat(session.next()).isInstanceOf(Event.TurnStarted.class);
      assertThat(session.next()).isInstanceOf(Event.AgentMessageDelta.class);

      long start = System.nanoTime();
      session.submit(new Op.Interrupt());
      List<Event> interrupted = session.untilTurnComplete();
      long millis = (System.nanoTime() - start) / 1_000_000;

      assertThat(reason(interrupted)).isEqualTo(TurnEndReason.INTERRUPTED);
      assertThat(millis).isLessThan(2_000);
      List<Event> next = session.turn("again");
      assertThat(next.getLast())
          .isInstanceOfSatisfying(
              Event.TurnComplete.class, c -> assertThat(c.summary()).isEqualTo("hello again"));
    }
  }

  @Test
  void interruptStopsARunningToolAndAnswersEveryCallOfTheTurn() throws Exception {
    try (ScriptedSession session = new ScriptedSession(root)) {
      session
          .server
          .enqueue(
              ScriptedReply.toolCalls(
                  call("c1", "shell", Map.of("command", "sleep 30")),
                  call("c2", "list_dir", Map.of())))
          .enqueue(ScriptedReply.text("stopped"));
      session.submit(new Op.UserInput("sleep"));
      Event event = session.next();
      while (!(event instanceof Event.ToolCallBegin)) {
        event = session.next();
      }

      long start = System.nanoTime();
      session.submit(new Op.Interrupt());
      List<Event> interrupted = session.untilTurnComplete();
      long millis = (System.nanoTime() - start) / 1_000_000;
      session.turn("what happened?");

      assertThat(reason(interrupted)).isEqualTo(TurnEndReason.INTERRUPTED);
      assertThat(millis).isLessThan(5_000);
      assertThat(lastMessage(session, 1, 2).get("tool_call_id").asText()).isEqualTo("c1");
      assertThat(lastMessage(session, 1, 1).get("content").asText())
          .isEqualTo("ERROR: not run: the user interrupted the turn");
    }
  }

  @Test
  void reportsAFailingModelAsAnErrorAndKeepsTheSessionUsable() throws Exception {
    try (ScriptedSession session = new ScriptedSession(root)) {
      session
          .server
          .enqueue(ScriptedReply.error(400, "bad request"))
          .enqueue(ScriptedReply.text("fine"));

      List<Event> failed = session.turn("first");
      List<Event> next = session.turn("second");

      assertThat(failed.get(failed.size() - 2))
          .isInstanceOfSatisfying(
              Event.Error.class,
              e -> assertThat(e.error().code()).isNotEqualTo(ErrorCode.INTERRUPTED));
      assertThat(reason(failed)).isEqualTo(TurnEndReason.ERROR);
      assertThat(reason(next)).isEqualTo(TurnEndReason.DONE);
    }
  }
}
