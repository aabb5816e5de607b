package dev.garlic.index.rank;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One frame of a stack trace found in a task: a Java frame ({@code at
 * com.acme.Foo.bar(Foo.java:42)}), a Python frame ({@code File "pkg/x.py", line 3, in run}) or a
 * bare {@code Foo.java:42} mention.
 *
 * @param file the file as the trace names it: a file name ({@code Foo.java}) or a path
 * @param className the qualified class of a Java frame, or null
 * @param method the method or function, or null
 * @param line the 1-based line
 * @param depth how far from the top of its trace the frame is (0 = where the error was thrown),
 *     counting every frame, the project's and the libraries'
 * @param rootCause true if the frame belongs to the last trace of a chain ({@code Caused by:}),
 *     where the error originated
 */
record StackFrame(
    String file,
    @Nullable String className,
    @Nullable String method,
    int line,
    int depth,
    boolean rootCause) {

  private static final Pattern JAVA =
      Pattern.compile(
          "\\bat\\s+(?:[\\w.$@-]*/)*([\\w$]+(?:\\.[\\w$]+)*)\\.([\\w$<>]+)\\(([\\w$.-]+\\.\\w+):(\\d+)\\)");
  private static final Pattern PYTHON =
      Pattern.compile("File \"([^\"]+)\", line (\\d+)(?:, in ([\\w<>]+))?");
  private static final Pattern BARE =
      Pattern.compile(
          "(?<![\\w/.-])((?:[\\w.-]+/)*[\\w$-]+\\.(?:java|kt|kts|scala|groovy|py|js|ts|tsx|jsx|go|rb|rs|cs|c|cc|cpp|h|hpp|php)):(\\d+)\\b");
  private static final Pattern CAUSED_BY = Pattern.compile("^\\s*(?:Caused by:|During handling)");

  /** Every frame of {@code task}, in the order read. */
  static List<StackFrame> parse(String task) {
    List<List<StackFrame>> traces = new ArrayList<>();
    List<StackFrame> bare = new ArrayList<>();
    List<StackFrame> current = new ArrayList<>();
    boolean python = false;
    for (String line : task.split("\\R")) {
      if (CAUSED_BY.matcher(line).find() || line.startsWith("Traceback (most recent call last)")) {
        python |= line.startsWith("Traceback");
        traces.add(current);
        current = new ArrayList<>();
      }
      Matcher java = JAVA.matcher(line);
      Matcher py = PYTHON.matcher(line);
      if (java.find()) {
        current.add(
            new StackFrame(
                java.group(3),
                java.group(1),
                java.group(2),
                Integer.parseInt(java.group(4)),
                0,
                false));
      } else if (py.find()) {
        python = true;
        current.add(
            new StackFrame(
                py.group(1), null, py.group(3), Integer.parseInt(py.group(2)), 0, false));
      } else {
        Matcher m = BARE.matcher(line);
        while (m.find()) {
          bare.add(new StackFrame(m.group(1), null, null, Integer.parseInt(m.group(2)), 0, false));
        }
      }
    }
    traces.add(current);
    traces.removeIf(List::isEmpty);
    List<StackFrame> frames = new ArrayList<>();
    for (int t = 0; t < traces.size(); t++) {
      List<StackFrame> trace = traces.get(t);
      // Java's last "Caused by:" is where the error began; Python chains print it first.
      boolean root = python ? t == 0 : t == traces.size() - 1;
      for (int i = 0; i < trace.size(); i++) {
        // Python prints the innermost call last ("most recent call last").
        int depth = python ? trace.size() - 1 - i : i;
        StackFrame f = trace.get(i);
        frames.add(new StackFrame(f.file, f.className, f.method, f.line, depth, root));
      }
    }
    for (StackFrame f : bare) {
      frames.add(new StackFrame(f.file, null, null, f.line, 0, true));
    }
    return frames;
  }

  /** {@code task} without the lines that are Java or Python stack frames. */
  static String withoutFrames(String task) {
    StringBuilder prose = new StringBuilder(task.length());
    for (String line : task.split("\\R")) {
      if (!JAVA.matcher(line).find() && !PYTHON.matcher(line).find()) {
        prose.append(line).append('\n');
      }
    }
    return prose.toString();
  }

  /** The file name without directories ({@code Foo.java}). */
  String fileName() {
    String name = file.replace('\\', '/');
    return name.substring(name.lastIndexOf('/') + 1);
  }

  /**
   * The path the file most likely has under a source root, from the class's package ({@code
   * com/acme/Foo.java}), or the file as named when the frame has no class.
   */
  String likelyPath() {
    if (className == null) {
      return file.replace('\\', '/');
    }
    int dot = className.lastIndexOf('.');
    return dot < 0 ? fileName() : className.substring(0, dot).replace('.', '/') + "/" + fileName();
  }

  @Override
  public String toString() {
    return fileName() + ":" + line;
  }
}
