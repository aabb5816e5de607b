package dev.garlic.agent.exec;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.garlic.agent.loop.ContextSource;
import dev.garlic.spi.EngineContext;
import dev.garlic.spi.GarlicException;
import dev.garlic.spi.Tool;
import java.util.List;
import java.util.Optional;

/**
 * The first request's context from the index's context packer, through the {@code context} tool
 * when an engine on the class path offers one (the agent never depends on the index engine
 * directly). Without the tool, or when it fails, the session starts without context and the model
 * finds its way with the tools; a failure is reported as a warning.
 */
final class IndexContext implements ContextSource {

  static final String TOOL = "context";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Tool tool;

  /**
   * The most tokens the pack takes: the context is carried on every model call, so the route's
   * (larger) context budget only lowers it.
   */
  private final int budget;

  private IndexContext(Tool tool, int budget) {
    this.tool = tool;
    this.budget = budget;
  }

  /** The source over the {@code context} tool among {@code tools}, or {@link #NONE}. */
  static ContextSource from(List<Tool> tools, int budget) {
    return tools.stream()
        .filter(t -> t.spec().name().equals(TOOL))
        .findFirst()
        .<ContextSource>map(t -> new IndexContext(t, budget))
        .orElse(NONE);
  }

  @Override
  public Optional<String> gather(String request, int tokens, EngineContext context) {
    ObjectNode arguments =
        JSON.createObjectNode()
            .put("task", request)
            .put("budget", tokens > 0 ? Math.min(tokens, budget) : budget);
    try {
      String text = tool.call(arguments, context).text();
      return text.isBlank() ? Optional.empty() : Optional.of(text);
    } catch (GarlicException e) {
      context.reporter().warn("starting without code context: " + e.getMessage());
      return Optional.empty();
    }
  }
}
