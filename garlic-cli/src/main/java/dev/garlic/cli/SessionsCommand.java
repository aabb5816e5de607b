package dev.garlic.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.garlic.agent.session.SessionState;
import dev.garlic.agent.session.SessionStore;
import dev.garlic.agent.session.SessionSummary;
import dev.garlic.protocol.usage.TokenUsage;
import dev.garlic.spi.GarlicException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code garlic sessions [--limit N] [--all]}: the agent sessions saved on disk, newest first. */
@Command(
    name = "sessions",
    description = {
      "List the agent sessions of this repository, most recent first: id, age, title, turns,",
      "state (running, incomplete, new, or how the last turn ended) and cost (USD).",
      "Sessions are logs in $GARLIC_HOME/sessions (default ~/.garlic/sessions); docs/sessions.md."
    })
final class SessionsCommand implements Callable<Integer> {

  static final int DEFAULT_LIMIT = 20;
  private static final int MAX_TITLE = 50;

  private final Invocation invocation;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "Show at most N sessions (default: " + DEFAULT_LIMIT + ").")
  int limit = DEFAULT_LIMIT;

  @Option(names = "--all", description = "List the sessions of every repository.")
  boolean all;

  SessionsCommand(Invocation invocation) {
    this.invocation = invocation;
  }

  @Override
  public Integer call() {
    if (limit <= 0) {
      throw GarlicException.usage("--limit must be a positive number, not " + limit);
    }
    Io io = invocation.io();
    ConsoleReporter warnings = new ConsoleReporter(io.err(), false, 20, System::nanoTime);
    SessionStore store = new SessionStore(SessionStore.userDir(io.env(), io.home()), warnings);
    List<SessionSummary> sessions;
    try {
      sessions = store.list(all ? null : invocation.base(), limit);
    } finally {
      warnings.close();
    }
    Output output = invocation.output();
    if (output.json()) {
      output.printJson(json(sessions));
    } else if (sessions.isEmpty()) {
      output.text(all ? "no sessions" : "no sessions in this repository (--all lists every one)");
    } else {
      output.text(table(sessions, output.palette(), Instant.now()));
    }
    return 0;
  }

  static String table(List<SessionSummary> sessions, Palette palette, Instant now) {
    Table table = new Table(palette);
    table.row("SESSION", "AGE", "TURNS", "STATE", "COST", "TITLE");
    for (SessionSummary session : sessions) {
      table.row(
          session.id(),
          age(Duration.between(session.updated(), now)),
          Integer.toString(session.turns()),
          state(session),
          String.format(Locale.ROOT, "$%.2f", session.costUsd()),
          shorten(session.title()));
    }
    return table.toString();
  }

  /** How long ago, in the largest whole unit: {@code 45s}, {@code 12m}, {@code 3h}, {@code 9d}. */
  static String age(Duration ago) {
    long seconds = Math.max(0, ago.toSeconds());
    if (seconds < 60) {
      return seconds + "s";
    }
    if (seconds < 3600) {
      return seconds / 60 + "m";
    }
    if (seconds < 86_400) {
      return seconds / 3600 + "h";
    }
    return seconds / 86_400 + "d";
  }

  /** The state, and for an idle session how its last turn ended. */
  static String state(SessionSummary session) {
    if (session.state() == SessionState.IDLE && session.lastReason() != null) {
      return session.lastReason().name().toLowerCase(Locale.ROOT);
    }
    return session.state().id();
  }

  private static String shorten(String title) {
    String line = title.strip().lines().findFirst().orElse("");
    return line.length() <= MAX_TITLE ? line : line.substring(0, MAX_TITLE - 1) + "…";
  }

  private static ObjectNode json(List<SessionSummary> sessions) {
    ObjectNode root = Json.object();
    ArrayNode array = root.putArray("sessions");
    for (SessionSummary session : sessions) {
      ObjectNode node = array.addObject();
      node.put("id", session.id());
      node.put("title", session.title());
      node.put("created", session.created().toString());
      node.put("updated", session.updated().toString());
      node.put("repo_root", session.repoRoot().toString());
      node.put("worktree", session.worktree() == null ? null : session.worktree().toString());
      node.put("branch", session.branch());
      node.put("model", session.model());
      node.put("turns", session.turns());
      node.put("state", session.state().id());
      node.put(
          "last_reason",
          session.lastReason() == null
              ? null
              : session.lastReason().name().toLowerCase(Locale.ROOT));
      node.put("ended_reason", session.endedReason());
      TokenUsage tokens = session.tokens();
      node.put("input_tokens", tokens.input());
      node.put("cached_input_tokens", tokens.cachedInput());
      node.put("output_tokens", tokens.output());
      node.put("reasoning_tokens", tokens.reasoning());
      node.put("cost_usd", session.costUsd());
      node.put("file", session.file().toString());
    }
    return root;
  }
}
