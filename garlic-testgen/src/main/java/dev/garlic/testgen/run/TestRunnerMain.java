package dev.garlic.testgen.run;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The main class of the child JVM that runs tests: never run inside Garlic's JVM. Runs the JUnit
 * Platform on the selected classes or class path roots and writes what happened to a JSON file
 * (stdout is capped and is not a channel): one result per test (per invocation of a parameterized
 * test) and, with {@code --progress}, the test running right now, rewritten at every start, so that
 * a run ended by {@code System.exit} or a timeout names its culprit. {@code finished} is true only
 * when the launcher returned. The tests' own output is discarded.
 *
 * <p>Arguments: {@code RESULTS.json [--progress] (--class NAME | --root DIR)...}. Exit code 0 when
 * the run finished (whatever the tests did), 2 when the launcher failed.
 */
public final class TestRunnerMain {

  private TestRunnerMain() {}

  public static void main(String[] args) {
    Path results = Path.of(args[0]);
    boolean progress = false;
    List<DiscoverySelector> selectors = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      switch (args[i]) {
        case "--progress" -> progress = true;
        case "--class" -> selectors.add(DiscoverySelectors.selectClass(args[++i]));
        case "--root" ->
            selectors.addAll(DiscoverySelectors.selectClasspathRoots(Set.of(Path.of(args[++i]))));
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    PrintStream discard = new PrintStream(OutputStream.nullOutputStream(), true);
    System.setOut(discard);
    System.setErr(discard);
    Recorder recorder = new Recorder(results, progress);
    int status = 0;
    try {
      LauncherFactory.create()
          .execute(
              LauncherDiscoveryRequestBuilder.request().selectors(selectors).build(), recorder);
      recorder.finish(null);
    } catch (Throwable e) {
      recorder.finish(e.toString());
      status = 2;
    }
    // a test may have left threads running (a preempted timeout): end the JVM regardless, with
    // shutdown hooks, so that a coverage agent writes its data
    System.exit(status);
  }

  /** Collects results and writes the JSON file. */
  private static final class Recorder implements TestExecutionListener {

    private static final int MAX_MESSAGE = 400;

    private final Path file;
    private final boolean progress;
    private final List<String> results = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    private @Nullable String running;

    Recorder(Path file, boolean progress) {
      this.file = file;
      this.progress = progress;
    }

    @Override
    public synchronized void executionStarted(TestIdentifier id) {
      if (progress && id.isTest()) {
        running = key(id);
        write(false, null);
      }
    }

    @Override
    public synchronized void executionFinished(TestIdentifier id, TestExecutionResult result) {
      if (!id.isTest() && result.getStatus() == TestExecutionResult.Status.SUCCESSFUL) {
        return;
      }
      String message = result.getThrowable().map(TestRunnerMain.Recorder::describe).orElse("");
      String entry =
          key(id).replaceFirst("}$", "")
              + ",\"status\":"
              + quote(result.getStatus().name())
              + ",\"message\":"
              + quote(message)
              + "}";
      if (seen.add(entry)) {
        results.add(entry);
      }
      running = null;
      if (progress) {
        write(false, null);
      }
    }

    synchronized void finish(@Nullable String error) {
      write(true, error);
    }

    private static String describe(Throwable thrown) {
      String text = thrown.toString().strip();
      int newline = text.indexOf('\n');
      if (newline >= 0) {
        text = text.substring(0, newline);
      }
      return text.length() > MAX_MESSAGE ? text.substring(0, MAX_MESSAGE) + "..." : text;
    }

    private static String key(TestIdentifier id) {
      String className = "";
      String method = "";
      if (id.getSource().orElse(null) instanceof MethodSource source) {
        className = source.getClassName();
        method = source.getMethodName();
      } else if (id.getSource().orElse(null) instanceof ClassSource source) {
        className = source.getClassName();
      }
      UniqueId.Segment last = UniqueId.parse(id.getUniqueId()).getLastSegment();
      int invocation =
          last.getType().endsWith("-invocation") && last.getValue().startsWith("#")
              ? Integer.parseInt(last.getValue().substring(1))
              : 0;
      return "{\"className\":"
          + quote(className)
          + ",\"method\":"
          + quote(method)
          + ",\"invocation\":"
          + invocation
          + "}";
    }

    private void write(boolean finished, @Nullable String error) {
      String json =
          "{\"finished\":"
              + finished
              + ",\"error\":"
              + (error == null ? "null" : quote(error))
              + ",\"running\":"
              + (running == null ? "null" : running)
              + ",\"results\":["
              + String.join(",\n", results)
              + "]}\n";
      try {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temp, json, StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static String quote(String text) {
      StringBuilder out = new StringBuilder("\"");
      for (char c : text.toCharArray()) {
        switch (c) {
          case '"' -> out.append("\\\"");
          case '\\' -> out.append("\\\\");
          case '\n' -> out.append("\\n");
          case '\r' -> out.append("\\r");
          case '\t' -> out.append("\\t");
          default -> {
            if (c < 0x20) {
              out.append(String.format("\\u%04x", (int) c));
            } else {
              out.append(c);
            }
          }
        }
      }
      return out.append('"').toString();
    }
  }
}
