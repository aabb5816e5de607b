package dev.garlic.audit.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The quality floors of the corpus, from {@code corpus/floors.properties}: one line per bound,
 * {@code CWE-89.tpr=0.95} (at least), {@code CWE-89.fpr=0.10} (at most), {@code
 * CWE-89.precision=0.9} and {@code CWE-89.recall=0.95} (at least); the key prefix {@code all}
 * applies a bound to every CWE. An empty file sets no floor.
 *
 * @param floors the bounds, in file order
 */
record Floors(List<Floor> floors) {

  Floors {
    floors = List.copyOf(floors);
  }

  /** One bound on one metric of one CWE ({@code all} for every CWE). */
  record Floor(String cwe, Metric metric, double bound) {

    /** Whether {@code score} meets this bound; a metric without data (NaN) never does. */
    boolean metBy(CweScore score) {
      double value = metric.of(score);
      return !Double.isNaN(value) && (metric.atMost ? value <= bound : value >= bound);
    }

    @Override
    public String toString() {
      return cwe + "." + metric.key + (metric.atMost ? " <= " : " >= ") + bound;
    }
  }

  /** What a floor bounds. */
  enum Metric {
    TPR("tpr", false),
    RECALL("recall", false),
    PRECISION("precision", false),
    FPR("fpr", true);

    final String key;
    final boolean atMost;

    Metric(String key, boolean atMost) {
      this.key = key;
      this.atMost = atMost;
    }

    double of(CweScore s) {
      return switch (this) {
        case TPR -> s.truePositiveRate();
        case RECALL -> s.recall();
        case PRECISION -> s.precision();
        case FPR -> s.falsePositiveRate();
      };
    }
  }

  /** The floors of the corpus on the test class path; none when the file is absent. */
  static Floors load() {
    return load("corpus/floors.properties");
  }

  /** The floors in {@code resource} on the test class path; none when the file is absent. */
  static Floors load(String resource) {
    try (InputStream in = Floors.class.getResourceAsStream("/" + resource)) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return parse(p);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /**
   * The floors of {@code properties}.
   *
   * @throws IllegalArgumentException naming the first key or value that is not a floor
   */
  static Floors parse(Properties properties) {
    List<Floor> floors = new ArrayList<>();
    for (String key : properties.stringPropertyNames().stream().sorted().toList()) {
      int dot = key.lastIndexOf('.');
      String cwe = dot < 0 ? "" : key.substring(0, dot);
      if (!cwe.equals("all") && !cwe.matches("CWE-[0-9]+")) {
        throw new IllegalArgumentException(
            "floors.properties: key \"" + key + "\" must be CWE-<number>.<metric> or all.<metric>");
      }
      Metric metric = metric(key, key.substring(dot + 1));
      String value = properties.getProperty(key).strip();
      double bound;
      try {
        bound = Double.parseDouble(value);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "floors.properties: " + key + " = \"" + value + "\" is not a number between 0 and 1");
      }
      if (!(bound >= 0 && bound <= 1)) {
        throw new IllegalArgumentException(
            "floors.properties: " + key + " = " + value + " is not between 0 and 1");
      }
      floors.add(new Floor(cwe, metric, bound));
    }
    return new Floors(floors);
  }

  private static Metric metric(String key, String name) {
    for (Metric m : Metric.values()) {
      if (m.key.equals(name.toLowerCase(Locale.ROOT))) {
        return m;
      }
    }
    throw new IllegalArgumentException(
        "floors.properties: key \""
            + key
            + "\" names no metric; use tpr, recall, precision or fpr");
  }

  /** The bounds {@code board} breaks, one line each; empty when it meets them all. */
  List<String> violations(Scoreboard board) {
    List<String> broken = new ArrayList<>();
    for (Floor f : floors) {
      for (CweScore s : board.scores().values()) {
        if ((f.cwe().equals("all") || f.cwe().equals(s.cwe())) && !f.metBy(s)) {
          broken.add(
              s.cwe()
                  + " "
                  + f.metric().key
                  + " is "
                  + CorpusReport.rate(f.metric().of(s))
                  + ", the floor is "
                  + f);
        }
      }
      if (!f.cwe().equals("all") && !board.scores().containsKey(f.cwe())) {
        broken.add("floor " + f + " names a CWE the corpus does not cover");
      }
    }
    return broken;
  }
}
