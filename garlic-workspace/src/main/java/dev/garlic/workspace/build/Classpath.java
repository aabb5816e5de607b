package dev.garlic.workspace.build;

import java.nio.file.Path;
import java.util.List;

/**
 * The dependency classpath of a workspace as its build resolves it: the jars (and directories) its
 * main code compiles against and those its tests run with. The workspace's own modules are not
 * included unless the build resolves them as jars.
 *
 * @param compile what main code compiles against (compile, provided and system scopes)
 * @param test what tests run with (every scope), a superset of {@code compile}
 * @param status how complete the lists are
 * @param reason one line saying why they are not complete and how to fix it; empty when resolved
 */
public record Classpath(List<Path> compile, List<Path> test, Status status, String reason) {

  /** How complete a classpath is. */
  public enum Status {
    /** The build resolved every module's dependencies. */
    RESOLVED,
    /** Some modules' dependencies resolved, others failed; {@code reason} says why. */
    PARTIAL,
    /** Nothing could be resolved; both lists are empty and {@code reason} says why. */
    UNRESOLVED
  }

  public Classpath {
    compile = List.copyOf(compile);
    test = List.copyOf(test);
  }

  /** An empty classpath that could not be resolved, with the one-line {@code reason}. */
  public static Classpath unresolved(String reason) {
    return new Classpath(List.of(), List.of(), Status.UNRESOLVED, reason);
  }
}
