package dev.garlic.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.garlic.protocol.ToolSpec;
import dev.garlic.spi.Engine;
import dev.garlic.spi.EngineContext;
import dev.garlic.spi.GarlicException;
import dev.garlic.spi.Tool;
import dev.garlic.spi.ToolResult;
import java.util.List;
import java.util.Map;

/**
 * A stand-in for the test-generation engine in CLI tests (the real one is left off the in-process
 * test class path): its {@code generate_tests} tool answers in the shape of the real report, with
 * three tests written for any target but {@code com.acme.Abstract} (none kept) and {@code
 * com.acme.Mony} (not found, with a suggestion), and echoes the arguments it got.
 */
public final class FakeTestgenEngine implements Engine {

  /** The shape of the real report's JSON: one entry per class with the tests written. */
  record Report(List<ClassEntry> classes, JsonNode arguments) {}

  record ClassEntry(String className, int written) {}

  @Override
  public String name() {
    return "fake-testgen";
  }

  @Override
  public List<Tool> tools() {
    return List.of(new GenerateTests());
  }

  static final class GenerateTests implements Tool {
    @Override
    public ToolSpec spec() {
      return new ToolSpec(
          "generate_tests", "Fake test generation.", Map.of("type", "object"), true);
    }

    @Override
    public ToolResult call(JsonNode arguments, EngineContext context) {
      String target = arguments.path("target").asText();
      if (target.equals("com.acme.Mony")) {
        throw GarlicException.input(
            "no class, package, file or directory 'com.acme.Mony' in the project; did you mean"
                + " com.acme.Money?");
      }
      int written = target.equals("com.acme.Abstract") ? 0 : 3;
      return new ToolResult(
          new Report(List.of(new ClassEntry(target, written)), arguments),
          target + "  " + written + " tests\n");
    }
  }
}
