package dev.garlic.agent.context;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.garlic.llm.Message;
import dev.garlic.llm.ToolCall;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A summary made without a model: the user's requests (first {@value #REQUEST_CHARS} characters
 * each), the files written and read, the commands run with their outcome, and the assistant's last
 * words, under the previous summary. Deterministic; used when no model is configured for summaries
 * or the model fails. Thread-safe.
 */
public final class DigestSummarizer implements Summarizer {

  static final int REQUEST_CHARS = 300;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern PATCH_FILE =
      Pattern.compile("(?m)^\\*\\*\\* (?:Add|Update|Delete) File: (.+)$|^\\*\\*\\* Move to: (.+)$");
  private static final Pattern EXIT = Pattern.compile("\\[exit (-?\\d+)|\\[timed out");

  @Override
  public String summarize(@Nullable String previousSummary, List<Message> older, int maxTokens) {
    List<String> requests = new ArrayList<>();
    Set<String> written = new LinkedHashSet<>();
    Set<String> read = new LinkedHashSet<>();
    List<String> commands = new ArrayList<>();
    Map<String, ToolCall> calls = new HashMap<>();
    String lastWords = "";
    for (Message message : older) {
      switch (message) {
        case Message.UserMessage m -> requests.add(oneLine(m.text(), REQUEST_CHARS));
        case Message.AssistantMessage m -> {
          if (!m.text().isBlank()) {
            lastWords = oneLine(m.text(), REQUEST_CHARS);
          }
          for (ToolCall call : m.toolCalls()) {
            calls.put(call.id(), call);
            files(call, written, read);
          }
        }
        case Message.ToolResultMessage m -> {
          ToolCall call = calls.get(m.callId());
          if (call != null && call.name().equals("shell")) {
            commands.add(command(call, m));
          } else if (m.error()) {
            commands.add(m.toolName() + " failed: " + oneLine(m.content(), 160));
          }
        }
        case Message.SystemMessage m -> {}
      }
    }
    StringBuilder out = new StringBuilder();
    if (previousSummary != null && !previousSummary.isBlank()) {
      out.append(previousSummary.strip()).append("\n\nThen:\n");
    }
    list(out, "User requests", requests);
    list(out, "Files written", List.copyOf(written));
    list(out, "Files read", List.copyOf(read));
    list(out, "Commands and failures", commands);
    if (!lastWords.isEmpty()) {
      out.append("Last assistant message: ").append(lastWords).append('\n');
    }
    return out.toString().strip();
  }

  private static void files(ToolCall call, Set<String> written, Set<String> read) {
    JsonNode args = arguments(call);
    switch (call.name()) {
      case "write_file" -> text(args, "path").ifPresent(written::add);
      case "read_file" -> text(args, "path").ifPresent(read::add);
      case "apply_patch" ->
          text(args, "patch")
              .ifPresent(
                  patch -> {
                    Matcher m = PATCH_FILE.matcher(patch);
                    while (m.find()) {
                      written.add((m.group(1) != null ? m.group(1) : m.group(2)).strip());
                    }
                  });
      default -> {}
    }
  }

  private static String command(ToolCall call, Message.ToolResultMessage result) {
    String command = text(arguments(call), "command").orElse("?");
    Matcher exit = EXIT.matcher(result.content());
    String outcome;
    if (exit.find()) {
      outcome = exit.group(1) == null ? "timed out" : "exit " + exit.group(1);
    } else {
      outcome = result.error() ? "failed: " + oneLine(result.content(), 120) : "done";
    }
    return "`" + oneLine(command, 160) + "` -> " + outcome;
  }

  private static JsonNode arguments(ToolCall call) {
    try {
      JsonNode node = JSON.readTree(call.argumentsJson());
      return node == null ? JSON.createObjectNode() : node;
    } catch (IOException e) {
      return JSON.createObjectNode();
    }
  }

  private static Optional<String> text(JsonNode args, String field) {
    JsonNode value = args.get(field);
    return value != null && value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
  }

  private static void list(StringBuilder out, String title, List<String> items) {
    if (items.isEmpty()) {
      return;
    }
    out.append(title).append(":\n");
    for (String item : items) {
      out.append("- ").append(item).append('\n');
    }
  }

  private static String oneLine(String text, int max) {
    String line = text.strip().replaceAll("\\s+", " ");
    return line.length() <= max ? line : line.substring(0, max) + "...";
  }
}
