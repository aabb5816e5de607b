package dev.garlic.audit.suppress;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.garlic.protocol.finding.Finding;
import dev.garlic.protocol.finding.Suppression;
import dev.garlic.spi.GarlicException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The baseline file of accepted findings ({@code .garlic/audit-baseline.json} by default): each
 * entry a fingerprint with the rule, file and reason it was accepted for. A finding whose
 * fingerprint is listed is reported as suppressed, not counted. Immutable and thread-safe.
 *
 * <pre>{@code
 * {"version": 1,
 *  "findings": [{"fingerprint": "3f2a...", "rule_id": "sql-injection",
 *                "path": "src/main/java/Dao.java", "reason": "accepted in the baseline"}]}
 * }</pre>
 */
public final class Baseline {

  /** Where the baseline is looked for when none is named, relative to the workspace root. */
  public static final String DEFAULT_PATH = ".garlic/audit-baseline.json";

  /** The reason written for findings that {@link #of} accepts. */
  public static final String DEFAULT_REASON = "accepted in the baseline";

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  private final Map<String, Entry> byFingerprint;

  /** One accepted finding. */
  public record Entry(
      String fingerprint, @JsonProperty("rule_id") String ruleId, String path, String reason) {}

  private record FileFormat(int version, List<Entry> findings) {}

  private Baseline(List<Entry> entries) {
    Map<String, Entry> map = new LinkedHashMap<>();
    entries.forEach(e -> map.putIfAbsent(e.fingerprint(), e));
    this.byFingerprint = map;
  }

  /** The empty baseline: accepts nothing. */
  public static Baseline empty() {
    return new Baseline(List.of());
  }

  /**
   * Reads a baseline file.
   *
   * @throws GarlicException (input) naming the file when it is missing or not a baseline
   */
  public static Baseline read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw GarlicException.input(
          "baseline " + file + " does not exist; write one with --write-baseline " + file);
    }
    try {
      FileFormat format =
          MAPPER.readValue(Files.readString(file, StandardCharsets.UTF_8), FileFormat.class);
      if (format == null || format.findings() == null) {
        throw GarlicException.input("baseline " + file + " has no \"findings\" list");
      }
      for (Entry e : format.findings()) {
        if (e == null || e.fingerprint() == null || e.fingerprint().isBlank()) {
          throw GarlicException.input("baseline " + file + " has an entry without a fingerprint");
        }
      }
      return new Baseline(format.findings());
    } catch (JsonProcessingException e) {
      throw GarlicException.input(
          "baseline "
              + file
              + " is not valid JSON at line "
              + e.getLocation().getLineNr()
              + ": "
              + e.getOriginalMessage());
    } catch (IOException e) {
      throw GarlicException.input("cannot read baseline " + file + ": " + e.getMessage());
    }
  }

  /**
   * The baseline accepting {@code findings}; entries of {@code previous} for the same fingerprint
   * keep their reason.
   */
  public static Baseline of(List<Finding> findings, Baseline previous) {
    List<Entry> entries = new ArrayList<>();
    for (Finding f : findings) {
      String reason =
          Optional.ofNullable(previous.byFingerprint.get(f.fingerprint()))
              .map(Entry::reason)
              .orElse(DEFAULT_REASON);
      entries.add(new Entry(f.fingerprint(), f.ruleId(), f.location().path(), reason));
    }
    return new Baseline(entries);
  }

  /** The accepted entries, in file order. */
  public List<Entry> entries() {
    return List.copyOf(byFingerprint.values());
  }

  /** The suppression of {@code finding} if the baseline accepts it. */
  public Optional<Suppression> suppression(Finding finding) {
    return Optional.ofNullable(byFingerprint.get(finding.fingerprint()))
        .map(e -> new Suppression(Suppression.Kind.BASELINE, e.reason()));
  }

  /**
   * Writes this baseline to {@code file}, creating its directory.
   *
   * @throws GarlicException (input) when the file cannot be written
   */
  public void write(Path file) {
    try {
      Path dir = file.toAbsolutePath().getParent();
      if (dir != null) {
        Files.createDirectories(dir);
      }
      Files.writeString(
          file,
          MAPPER.writeValueAsString(new FileFormat(1, entries())) + "\n",
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw GarlicException.input("cannot write baseline " + file + ": " + e.getMessage());
    }
  }
}
