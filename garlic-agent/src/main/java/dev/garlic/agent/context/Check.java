package dev.garlic.agent.context;

import java.util.List;

/**
 * A mechanical test of a file's new content against one part of a {@link Constraint}.
 * Implementations are immutable and thread-safe.
 */
public interface Check {

  /**
   * The places where {@code content}, the complete new content of {@code path} (relative to the
   * workspace root, {@code /}-separated), breaks this check; empty when it does not or when the
   * check does not apply to that kind of file. The violations name no constraint yet; {@link
   * Constraint#violations} attaches it.
   */
  List<Violation> violations(String path, String content);

  /** What the check refuses, for people: {@code "imports or dependencies of pandas"}. */
  String describe();
}
