package dev.garlic.agent.approval;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What the user approved for the rest of a session ({@link Approver.Decision#APPROVE_FOR_SESSION})
 * and whether the session was warned that the sandbox is missing. Commands are remembered by
 * prefix: the program and, when the second word is not an option, that word too ({@code git push
 * origin main} → {@code git push}; {@code rm -rf build} → {@code rm}), together with whether they
 * were approved to run outside the sandbox; an unsandboxed approval covers sandboxed runs too.
 * Thread-safe.
 */
public final class SessionApprovals {

  private record Prefix(List<String> words, boolean unsandboxed) {}

  private final List<Prefix> prefixes = new CopyOnWriteArrayList<>();
  private final Set<String> tools = ConcurrentHashMap.newKeySet();
  private final AtomicBoolean warned = new AtomicBoolean();

  /** The prefix a session approval of {@code command} (one simple command) remembers. */
  public static List<String> prefix(List<String> command) {
    List<String> prefix = new ArrayList<>();
    prefix.add(command.getFirst());
    if (command.size() > 1 && !command.get(1).startsWith("-")) {
      prefix.add(command.get(1));
    }
    return List.copyOf(prefix);
  }

  /** Remembers the prefixes of every command of {@code script}. */
  public void remember(ShellScript script, boolean unsandboxed) {
    for (List<String> command : script.commands()) {
      prefixes.add(new Prefix(prefix(command), unsandboxed));
    }
  }

  /**
   * Whether {@code script} is plain and every command in it has a remembered prefix approved for
   * this kind of run.
   */
  public boolean covers(ShellScript script, boolean unsandboxed) {
    return script.plain()
        && !script.commands().isEmpty()
        && script.commands().stream()
            .allMatch(
                command ->
                    prefixes.stream()
                        .anyMatch(
                            p ->
                                (p.unsandboxed() || !unsandboxed)
                                    && CommandRules.matches(p.words(), command)));
  }

  /** Remembers that calls of {@code tool} need not ask again. */
  public void rememberTool(String tool) {
    tools.add(tool);
  }

  public boolean coversTool(String tool) {
    return tools.contains(tool);
  }

  /** True the first time only: whether to warn now that the sandbox is missing. */
  public boolean firstWarning() {
    return warned.compareAndSet(false, true);
  }
}
