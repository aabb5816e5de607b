package dev.garlic.index.rank;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the signals found about each file of a corpus: a raw score per signal, the reasons in words,
 * and the lines and definition names a packer should show. Not thread-safe; one per task.
 */
final class Evidence {

  private record Reason(Signal signal, double strength, String text) {}

  /** Reasons that add less than this to a file's score are not worth reading. */
  private static final double MIN_REASON = 0.03;

  private final int files;
  private final Map<Signal, Double> scales = new EnumMap<>(Signal.class);
  private final Map<Signal, double[]> raw = new EnumMap<>(Signal.class);
  private final Map<Integer, List<Reason>> reasons = new HashMap<>();
  private final Map<Integer, Set<Integer>> lines = new HashMap<>();
  private final Map<Integer, Set<String>> names = new HashMap<>();

  Evidence(int files) {
    this.files = files;
    for (Signal s : Signal.values()) {
      raw.put(s, new double[files]);
    }
  }

  int files() {
    return files;
  }

  /** Adds {@code strength} to the file's raw score for {@code signal}, with a reason. */
  void add(Signal signal, int file, double strength, String reason) {
    if (strength <= 0) {
      return;
    }
    raw.get(signal)[file] += strength;
    scales.remove(signal);
    reasons.computeIfAbsent(file, f -> new ArrayList<>()).add(new Reason(signal, strength, reason));
  }

  /**
   * Remembers a line of interest; lines keep the order they were noted in, most important first.
   */
  void line(int file, int line) {
    lines.computeIfAbsent(file, f -> new LinkedHashSet<>()).add(line);
  }

  void name(int file, String name) {
    names.computeIfAbsent(file, f -> new LinkedHashSet<>()).add(name);
  }

  Set<Integer> lines(int file) {
    return lines.getOrDefault(file, Set.of());
  }

  Set<String> names(int file) {
    return names.getOrDefault(file, Set.of());
  }

  /** The signal's raw scores divided by the best one or by what counts as certain. */
  double[] normalised(Signal signal) {
    double[] values = raw.get(signal);
    double max = scale(signal);
    double[] out = new double[files];
    if (max > 0) {
      for (int i = 0; i < files; i++) {
        out[i] = values[i] / max;
      }
    }
    return out;
  }

  /** The weighted sum of the given signals, each normalised. */
  double[] combined(Signal... signals) {
    double[] total = new double[files];
    for (Signal s : signals) {
      double[] n = normalised(s);
      for (int i = 0; i < files; i++) {
        total[i] += s.weight * n[i];
      }
    }
    return total;
  }

  private double scale(Signal signal) {
    return scales.computeIfAbsent(
        signal,
        s -> {
          double max = s.certain;
          for (double v : raw.get(s)) {
            max = Math.max(max, v);
          }
          return max;
        });
  }

  /**
   * The file's reasons, strongest contribution to its score first, without repeats and without
   * those too weak to matter.
   */
  List<String> reasons(int file) {
    return reasons.getOrDefault(file, List.of()).stream()
        .map(r -> Map.entry(r.text(), r.signal().weight * r.strength() / scale(r.signal())))
        .filter(e -> e.getValue() >= MIN_REASON)
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
        .map(Map.Entry::getKey)
        .distinct()
        .toList();
  }
}
