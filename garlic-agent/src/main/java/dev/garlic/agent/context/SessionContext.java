package dev.garlic.agent.context;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.garlic.llm.Message;
import dev.garlic.llm.ToolCall;
import dev.garlic.spi.Tool;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Everything context of one agent session in one place, for the loop to call at four points: when
 * the user speaks ({@link #userSaid}), when a tool has answered ({@link #toolFinished}), before
 * each model call ({@link #systemPrompt} and {@link #beforeModelCall}), and on the {@code compact}
 * op ({@link #compactNow}). It extracts constraints into the {@link ConstraintSet} the write guard
 * reads, keeps the latest failing command output, builds the system prompt (base, skills, pinned
 * context) and compacts the conversation. Confined to the session's thread; the constraint set it
 * shares with the write guard is thread-safe.
 */
public final class SessionContext {

  /** The latest failing output is kept to its last this many characters. */
  static final int MAX_FAILING_CHARS = 4_000;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern SHELL_END =
      Pattern.compile("\\[(?:exit (-?\\d+)|timed out)[^\\]]*\\]\\s*$");

  private final String basePrompt;
  private final AgentsMd agents;
  private final Skills skills;
  private final ConstraintSet constraints;
  private final Supplier<@Nullable String> plan;
  private final Compactor compactor;
  private final long contextWindow;
  private @Nullable String failingOutput;
  private @Nullable String failingCommand;

  /**
   * @param basePrompt the configured system prompt, with the initial context pack
   * @param agents the AGENTS.md instructions of the session's directory
   * @param skills the repository's skills
   * @param constraints the set the session's {@code WriteGuard} reads
   * @param plan the current plan as text, null when there is none (read on every call)
   * @param compactor compacts the conversation
   * @param contextWindow the model's context window in tokens, less its output limit when the
   *     provider counts both together
   */
  public SessionContext(
      String basePrompt,
      AgentsMd agents,
      Skills skills,
      ConstraintSet constraints,
      Supplier<@Nullable String> plan,
      Compactor compactor,
      long contextWindow) {
    this.basePrompt = basePrompt;
    this.agents = agents;
    this.skills = skills;
    this.constraints = constraints;
    this.plan = plan;
    this.compactor = compactor;
    this.contextWindow = contextWindow;
  }

  /** Records the constraints {@code userText} states; returns the new ones. */
  public List<Constraint> userSaid(String userText) {
    return constraints.addStatedIn(userText);
  }

  /**
   * Notes a tool's answer: a {@code shell} command that exits non-zero or times out becomes the
   * latest failing output; a later successful run of the same command clears it.
   */
  public void toolFinished(ToolCall call, Message.ToolResultMessage result) {
    if (!call.name().equals("shell")) {
      return;
    }
    Matcher end = SHELL_END.matcher(result.content());
    boolean marked = end.find();
    String command = command(call);
    boolean failed =
        result.error() || (marked && (end.group(1) == null || !end.group(1).equals("0")));
    if (failed) {
      String content = result.content();
      failingOutput =
          content.length() <= MAX_FAILING_CHARS
              ? content
              : "[...]\n" + content.substring(content.length() - MAX_FAILING_CHARS);
      failingCommand = command;
    } else if (marked && command.equals(failingCommand)) {
      failingOutput = null;
      failingCommand = null;
    }
  }

  /** What is pinned now. */
  public PinnedContext pins() {
    return new PinnedContext(constraints.all(), agents, plan.get(), failingOutput);
  }

  /** The system prompt for the next model call: base prompt, skills list, pinned context. */
  public String systemPrompt() {
    StringBuilder out = new StringBuilder(basePrompt.strip());
    for (String part : List.of(skills.render(), pins().render())) {
      if (!part.isBlank()) {
        out.append("\n\n").append(part.strip());
      }
    }
    return out.append('\n').toString();
  }

  /**
   * The conversation compacted when the prompt has passed the threshold; empty when it has not or
   * nothing could be summarised. Call it before each model call and continue with the result.
   */
  public Optional<Compaction> beforeModelCall(List<Message> conversation) {
    return compactor.compactIfNeeded(systemPrompt(), conversation, contextWindow);
  }

  /** The conversation compacted now, as the {@code compact} op asks. */
  public Compaction compactNow(List<Message> conversation) {
    return compactor.compact(systemPrompt(), conversation, contextWindow);
  }

  /** The tools this context adds to the session: {@code use_skill} when there are skills. */
  public List<Tool> tools() {
    return skills.isEmpty() ? List.of() : List.of(new UseSkillTool(skills));
  }

  private static String command(ToolCall call) {
    try {
      JsonNode args = JSON.readTree(call.argumentsJson());
      JsonNode command = args == null ? null : args.get("command");
      return command != null && command.isTextual() ? command.asText().strip() : "";
    } catch (IOException e) {
      return "";
    }
  }
}
