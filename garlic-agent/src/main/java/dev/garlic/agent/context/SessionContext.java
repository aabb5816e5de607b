package dev.garlic.agent.context;

import dev.garlic.agent.loop.ContextPolicy;
import dev.garlic.llm.Message;
import dev.garlic.spi.Tool;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The session's {@link ContextPolicy}: extracts the constraints the user states into the {@link
 * ConstraintSet} the write guard reads, keeps the latest failing test or command output, renders
 * the skills list and the {@link PinnedContext} into every system prompt, and compacts the
 * conversation with a {@link Compactor}. Called on the session's thread; the constraint set it
 * shares with the write guard is thread-safe.
 *
 * <p>The latest failing output is that of the last {@code run_tests} report that did not pass, or
 * of the last {@code shell} command that exited non-zero or timed out; a later passing {@code
 * run_tests}, or a successful run of the same shell command, clears it.
 */
public final class SessionContext implements ContextPolicy {

  /** The latest failing output is kept to its last this many characters. */
  static final int MAX_FAILING_CHARS = 4_000;

  private static final Pattern SHELL_END =
      Pattern.compile("\\[(?:exit (-?\\d+)|timed out)[^\\]]*\\]\\s*$");
  private static final Pattern TESTS_PASSED = Pattern.compile("\\Arun_tests \\([^)]*\\): PASSED");

  private final AgentsMd agents;
  private final Skills skills;
  private final ConstraintSet constraints;
  private final Supplier<@Nullable String> plan;
  private final Compactor compactor;
  private @Nullable String failingOutput;
  private @Nullable String failingSource;

  /**
   * @param agents the AGENTS.md instructions of the session's directory
   * @param skills the repository's skills
   * @param constraints the set the session's {@code WriteGuard} reads
   * @param plan the current plan as text, null when there is none; read for every prompt
   * @param compactor compacts the conversation
   */
  public SessionContext(
      AgentsMd agents,
      Skills skills,
      ConstraintSet constraints,
      Supplier<@Nullable String> plan,
      Compactor compactor) {
    this.agents = agents;
    this.skills = skills;
    this.constraints = constraints;
    this.plan = plan;
    this.compactor = compactor;
  }

  /** Adds the constraints {@code text} states. */
  @Override
  public void userInput(String text) {
    constraints.addStatedIn(text);
  }

  /** Keeps or clears the latest failing output (see the class comment). */
  @Override
  public void toolResult(String tool, boolean ok, String content) {
    switch (tool) {
      case "run_tests" -> {
        if (ok && TESTS_PASSED.matcher(content).lookingAt()) {
          clear("run_tests");
        } else {
          fail("run_tests", content);
        }
      }
      case "shell" -> {
        Matcher end = SHELL_END.matcher(content);
        if (!end.find()) {
          return;
        }
        String command = content.lines().findFirst().orElse("");
        if (end.group(1) != null && end.group(1).equals("0")) {
          clear(command);
        } else {
          fail(command, content);
        }
      }
      default -> {}
    }
  }

  private void fail(String source, String content) {
    failingSource = source;
    failingOutput =
        content.length() <= MAX_FAILING_CHARS
            ? content
            : "[...]\n" + content.substring(content.length() - MAX_FAILING_CHARS);
  }

  private void clear(String source) {
    if (source.equals(failingSource)) {
      failingOutput = null;
      failingSource = null;
    }
  }

  /** What is pinned now. */
  public PinnedContext pins() {
    return new PinnedContext(constraints.all(), agents, plan.get(), failingOutput);
  }

  /** {@code base}, then the skills list, then the pinned context. */
  @Override
  public String systemPrompt(String base) {
    StringBuilder out = new StringBuilder(base.strip());
    for (String part : List.of(skills.render(), pins().render())) {
      if (!part.isBlank()) {
        out.append("\n\n").append(part.strip());
      }
    }
    return out.append('\n').toString();
  }

  @Override
  public Optional<Compacted> compact(
      String systemPrompt, List<Message> conversation, long window, boolean force) {
    Optional<Compaction> done =
        force
            ? Optional.of(compactor.compact(systemPrompt, conversation, window))
                .filter(Compaction::changed)
            : compactor.compactIfNeeded(systemPrompt, conversation, window);
    return done.map(c -> new Compacted(c.conversation(), c.tokensBefore(), c.tokensAfter()));
  }

  /** The tools this context adds to the session: {@code use_skill} when there are skills. */
  public List<Tool> tools() {
    return skills.isEmpty() ? List.of() : List.of(new UseSkillTool(skills));
  }
}
