package dev.garlic.protocol.code;

import java.util.List;

/**
 * A file ranked for a task, with the signals that put it there ({@code "stack frame Foo.java:42"},
 * {@code "defines FooParser named in task"}), strongest first.
 */
public record RankedFile(String path, double score, List<String> reasons) {

  public RankedFile {
    reasons = List.copyOf(reasons);
  }
}
