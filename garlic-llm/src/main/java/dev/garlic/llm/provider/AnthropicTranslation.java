package dev.garlic.llm.provider;

import com.anthropic.core.JsonValue;
import com.anthropic.core.ObjectMappers;
import com.anthropic.models.messages.AssistantMessageParam;
import com.anthropic.models.messages.CacheControlEphemeral;
import com.anthropic.models.messages.ContentBlock;
import com.anthropic.models.messages.ContentBlockParam;
import com.anthropic.models.messages.MessageCreateParams;
import com.anthropic.models.messages.OutputConfig;
import com.anthropic.models.messages.TextBlockParam;
import com.anthropic.models.messages.Tool;
import com.anthropic.models.messages.ToolResultBlockParam;
import com.anthropic.models.messages.ToolUseBlock;
import com.anthropic.models.messages.ToolUseBlockParam;
import com.anthropic.models.messages.Usage;
import com.anthropic.models.messages.UserMessageParam;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.garlic.llm.ChatRequest;
import dev.garlic.llm.Message;
import dev.garlic.llm.StopReason;
import dev.garlic.llm.ToolCall;
import dev.garlic.protocol.ToolSpec;
import dev.garlic.protocol.usage.TokenUsage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Translates between Garlic's conversation and Anthropic Messages. Anthropic wants user and
 * assistant turns to alternate, so consecutive tool results (and a user message after them) are
 * merged into one user turn; system messages go to the top-level {@code system} field.
 */
final class AnthropicTranslation {

  private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {};

  private AnthropicTranslation() {}

  static MessageCreateParams params(ChatRequest request) {
    MessageCreateParams.Builder params =
        MessageCreateParams.builder().model(request.model()).maxTokens(request.maxOutputTokens());
    List<TextBlockParam> system = new ArrayList<>();
    List<ContentBlockParam> turn = new ArrayList<>();
    boolean userTurn = true;
    for (Message message : request.messages()) {
      if (message instanceof Message.SystemMessage s) {
        system.add(TextBlockParam.builder().text(s.text()).build());
        continue;
      }
      boolean fromUser = !(message instanceof Message.AssistantMessage);
      if (fromUser != userTurn && !turn.isEmpty()) {
        addTurn(params, userTurn, turn);
        turn = new ArrayList<>();
      }
      userTurn = fromUser;
      turn.addAll(blocks(message));
    }
    if (!turn.isEmpty()) {
      addTurn(params, userTurn, turn);
    }
    if (!system.isEmpty()) {
      params.systemOfTextBlockParams(cacheLast(system, request.cachePrompt()));
    }
    List<ToolSpec> tools = request.tools();
    for (int i = 0; i < tools.size(); i++) {
      // One breakpoint after the last tool caches all tool definitions with the system prompt.
      params.addTool(tool(tools.get(i), request.cachePrompt() && i == tools.size() - 1));
    }
    if (request.reasoningEffort() != null) {
      params.outputConfig(
          OutputConfig.builder()
              .effort(OutputConfig.Effort.of(request.reasoningEffort().name().toLowerCase()))
              .build());
    }
    if (request.temperature() != null) {
      // The SDK no longer models temperature, which newer Claude models reject with thinking on.
      params.putAdditionalBodyProperty("temperature", JsonValue.from(request.temperature()));
    }
    return params.build();
  }

  private static void addTurn(
      MessageCreateParams.Builder params, boolean user, List<ContentBlockParam> blocks) {
    if (user) {
      params.addMessage(UserMessageParam.builder().contentOfContentBlockParams(blocks).build());
    } else {
      params.addMessage(
          AssistantMessageParam.builder().contentOfContentBlockParams(blocks).build());
    }
  }

  private static List<ContentBlockParam> blocks(Message message) {
    return switch (message) {
      case Message.SystemMessage s -> List.of(ContentBlockParam.ofText(s.text()));
      case Message.UserMessage u -> List.of(ContentBlockParam.ofText(u.text()));
      case Message.ToolResultMessage r ->
          List.of(
              ContentBlockParam.ofToolResult(
                  ToolResultBlockParam.builder()
                      .toolUseId(r.callId())
                      .content(r.content())
                      .isError(r.error())
                      .build()));
      case Message.AssistantMessage a -> assistantBlocks(a);
    };
  }

  private static List<ContentBlockParam> assistantBlocks(Message.AssistantMessage assistant) {
    List<ContentBlockParam> blocks = new ArrayList<>();
    if (!assistant.text().isEmpty()) {
      blocks.add(ContentBlockParam.ofText(assistant.text()));
    }
    for (ToolCall call : assistant.toolCalls()) {
      ToolUseBlockParam.Input.Builder input = ToolUseBlockParam.Input.builder();
      argumentsOf(call)
          .forEach((key, value) -> input.putAdditionalProperty(key, JsonValue.from(value)));
      blocks.add(
          ContentBlockParam.ofToolUse(
              ToolUseBlockParam.builder()
                  .id(call.id())
                  .name(call.name())
                  .input(input.build())
                  .build()));
    }
    return blocks;
  }

  /** The call's arguments as an object; malformed arguments become an empty object. */
  private static Map<String, Object> argumentsOf(ToolCall call) {
    try {
      Map<String, Object> arguments =
          ObjectMappers.jsonMapper().readValue(call.argumentsJson(), OBJECT);
      return arguments == null ? Map.of() : arguments;
    } catch (JsonProcessingException e) {
      // Anthropic accepts only an object here; the model already got an error for this call.
      return Map.of();
    }
  }

  private static List<TextBlockParam> cacheLast(List<TextBlockParam> system, boolean cache) {
    if (!cache) {
      return system;
    }
    List<TextBlockParam> marked = new ArrayList<>(system);
    TextBlockParam last = marked.removeLast();
    marked.add(last.toBuilder().cacheControl(CacheControlEphemeral.builder().build()).build());
    return marked;
  }

  private static Tool tool(ToolSpec spec, boolean cacheBreakpoint) {
    Tool.InputSchema.Builder schema = Tool.InputSchema.builder();
    Map<String, Object> rest = new LinkedHashMap<>(spec.inputSchema());
    rest.remove("type");
    rest.forEach((key, value) -> schema.putAdditionalProperty(key, JsonValue.from(value)));
    Tool.Builder tool =
        Tool.builder()
            .name(spec.name())
            .description(spec.description())
            .inputSchema(schema.build());
    if (cacheBreakpoint) {
      tool.cacheControl(CacheControlEphemeral.builder().build());
    }
    return tool.build();
  }

  static Message.AssistantMessage message(com.anthropic.models.messages.Message message) {
    StringBuilder text = new StringBuilder();
    List<ToolCall> calls = new ArrayList<>();
    for (ContentBlock block : message.content()) {
      block.text().ifPresent(t -> text.append(t.text()));
      block.toolUse().ifPresent(use -> calls.add(toolCall(use)));
    }
    return new Message.AssistantMessage(text.toString(), calls);
  }

  private static ToolCall toolCall(ToolUseBlock use) {
    try {
      return new ToolCall(
          use.id(), use.name(), ObjectMappers.jsonMapper().writeValueAsString(use._input()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("tool input cannot be written as JSON", e);
    }
  }

  /**
   * Anthropic counts cache reads and cache writes apart from {@code input_tokens}; Garlic's input
   * is all three, of which the cache reads are the cached part.
   */
  static TokenUsage usage(Usage usage) {
    long cacheRead = usage.cacheReadInputTokens().orElse(0L);
    long cacheWrite = usage.cacheCreationInputTokens().orElse(0L);
    return new TokenUsage(
        usage.inputTokens() + cacheRead + cacheWrite, cacheRead, usage.outputTokens(), 0);
  }

  static StopReason stopReason(com.anthropic.models.messages.Message message) {
    return message
        .stopReason()
        .map(
            reason ->
                switch (reason.asString()) {
                  case "end_turn", "stop_sequence" -> StopReason.END_TURN;
                  case "tool_use" -> StopReason.TOOL_USE;
                  case "max_tokens" -> StopReason.MAX_TOKENS;
                  default -> StopReason.OTHER;
                })
        .orElse(StopReason.OTHER);
  }
}
