package dev.garlic.index.rank;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores files that appear in the task's stack frames. Frames of libraries (no matching file) are
 * ignored; among the project's frames of one trace the topmost counts fully and deeper ones less,
 * and frames outside the root-cause trace count less again. A file's score is its best frame plus a
 * little for each further frame, and every frame line is remembered for choosing regions.
 */
final class FrameSignal {

  private static final double DECAY = 0.7;
  private static final double FLOOR = 0.2;
  private static final double OTHER_TRACE = 0.7;
  private static final double EXTRA_FRAME = 0.1;
  private static final int MAX_SAME_NAME = 3;

  private FrameSignal() {}

  static void score(List<StackFrame> frames, FileNames names, Evidence evidence) {
    Map<Boolean, Integer> projectFramesSeen = new HashMap<>();
    Map<Integer, List<Double>> perFile = new HashMap<>();
    Map<Integer, String> bestReason = new HashMap<>();
    List<StackFrame> ordered = new ArrayList<>(frames);
    ordered.sort(
        Comparator.comparing((StackFrame f) -> !f.rootCause()).thenComparingInt(StackFrame::depth));
    for (StackFrame frame : ordered) {
      List<Integer> files = resolve(frame, names);
      if (files.isEmpty()) {
        continue;
      }
      int k = projectFramesSeen.merge(frame.rootCause(), 1, Integer::sum) - 1;
      double weight = Math.max(FLOOR, Math.pow(DECAY, k)) * (frame.rootCause() ? 1 : OTHER_TRACE);
      for (int file : files) {
        double share = weight / files.size();
        List<Double> weights = perFile.computeIfAbsent(file, f -> new ArrayList<>());
        if (weights.isEmpty() || share > weights.get(0)) {
          bestReason.put(file, describe(frame, k));
        }
        weights.add(share);
        weights.sort(Comparator.reverseOrder());
        evidence.line(file, frame.line());
      }
    }
    for (var e : perFile.entrySet()) {
      List<Double> weights = e.getValue();
      double extra = weights.stream().skip(1).mapToDouble(Double::doubleValue).sum();
      evidence.add(
          Signal.FRAME,
          e.getKey(),
          weights.get(0) + EXTRA_FRAME * extra,
          bestReason.get(e.getKey()));
    }
  }

  private static List<Integer> resolve(StackFrame frame, FileNames names) {
    List<Integer> byPath = names.resolve(frame.likelyPath());
    if (!byPath.isEmpty()) {
      return byPath;
    }
    List<Integer> byName = names.named(frame.fileName());
    return byName.size() <= MAX_SAME_NAME ? byName : List.of();
  }

  private static String describe(StackFrame frame, int projectDepth) {
    String where = frame.method() == null ? "" : " in " + frame.method();
    String which = projectDepth == 0 ? " (top project frame)" : "";
    return "stack frame " + frame + where + which;
  }
}
