package dev.garlic.agent.route;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.garlic.agent.models.ModelSetup;
import dev.garlic.protocol.code.RankedFile;
import dev.garlic.protocol.code.RankedFiles;
import dev.garlic.spi.EngineContext;
import dev.garlic.spi.GarlicException;
import dev.garlic.spi.Tool;
import dev.garlic.spi.ToolResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Measures the {@link RouteSignals} of a request without calling a model: its kind ({@link
 * TaskClassifier}), the code it involves (the {@code locate} tool of the index engine, when it is
 * on the class path, and the line counts of the files it ranks close to the best), whether the
 * engine tool configured for the kind is installed and applies (the repair engine only when tests
 * fail), the failing tests known or pasted into the request ({@link FailureEvidence}), the budget
 * and the configured models. Engines arrive as tools, never as compile dependencies. Thread-safe
 * when the tools are.
 */
public final class RouteProbe {

  /** The index engine's tool that ranks files for a task. */
  public static final String LOCATE_TOOL = "locate";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<Tool> tools;
  private final RouterSettings settings;

  /**
   * @param tools every tool on the class path ({@code Engines.discover(loader).tools()})
   * @param settings the router's settings
   */
  public RouteProbe(List<Tool> tools, RouterSettings settings) {
    this.tools = List.copyOf(tools);
    this.settings = settings;
  }

  /**
   * Measures the signals of {@code request} in the workspace of {@code context}.
   *
   * @param models the configured models
   */
  public RouteSignals probe(RouteRequest request, EngineContext context, ModelSetup models) {
    TaskClassifier.Classification kind = TaskClassifier.classify(request.command(), request.text());
    int failing =
        Math.max(request.knownFailingTests(), FailureEvidence.failingTests(request.text()));
    return new RouteSignals(
        kind,
        size(request.text(), context),
        engineTool(kind.kind(), failing),
        failing,
        request.budget(),
        models.reflexModel(),
        models.deepModel());
  }

  private EngineCheck engineTool(TaskKind kind, int failingTests) {
    Optional<String> configured = settings.engineTool(kind);
    if (configured.isEmpty()) {
      return EngineCheck.none("none configured for " + kind.label());
    }
    String name = configured.get();
    if (tool(name).isEmpty()) {
      return EngineCheck.none("tool " + name + " is not installed");
    }
    if (kind == TaskKind.FIX && failingTests == 0) {
      // Repair starts from a failure; without one there is nothing for it to fix.
      return EngineCheck.none(name + " needs a failing test");
    }
    return EngineCheck.applies(name, kind);
  }

  private CodeSize size(String text, EngineContext context) {
    Optional<Tool> locate = tool(LOCATE_TOOL);
    if (locate.isEmpty()) {
      return CodeSize.unknown("no locate tool; the index engine is not installed");
    }
    ObjectNode arguments = JSON.createObjectNode();
    arguments.put("task", text);
    arguments.put("limit", settings.locateLimit());
    ToolResult result;
    try {
      result = locate.get().call(arguments, context);
    } catch (GarlicException | UncheckedIOException e) {
      // Routing is advice: an index that cannot answer leaves the size unknown, not the task.
      return CodeSize.unknown("locate failed: " + e.getMessage());
    }
    if (!(result.value() instanceof RankedFiles ranked)) {
      return CodeSize.unknown("locate returned " + result.value().getClass().getSimpleName());
    }
    return CodeSize.of(involved(ranked, context.root()));
  }

  /** The ranked files close enough to the best, with their line counts. */
  private List<CodeSize.LocatedFile> involved(RankedFiles ranked, Path root) {
    List<CodeSize.LocatedFile> files = new ArrayList<>();
    double best = ranked.files().isEmpty() ? 0 : ranked.files().getFirst().score();
    for (RankedFile file : ranked.files()) {
      if (files.size() >= settings.locateLimit()) {
        break;
      }
      if (file.score() < settings.relevanceShare() * best) {
        continue;
      }
      Path path = root.resolve(file.path()).normalize();
      if (path.startsWith(root) && Files.isRegularFile(path)) {
        files.add(new CodeSize.LocatedFile(file.path(), lines(path)));
      }
    }
    return files;
  }

  /** The number of lines of a file, the last one counted whether or not it ends in a newline. */
  static long lines(Path file) {
    long lines = 0;
    int last = '\n';
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        for (int i = 0; i < n; i++) {
          if (buffer[i] == '\n') {
            lines++;
          }
        }
        if (n > 0) {
          last = buffer[n - 1];
        }
      }
    } catch (IOException e) {
      // A file deleted or made unreadable since it was indexed counts as empty.
      return 0;
    }
    return last == '\n' ? lines : lines + 1;
  }

  private Optional<Tool> tool(String name) {
    return tools.stream().filter(t -> t.spec().name().equals(name)).findFirst();
  }
}
