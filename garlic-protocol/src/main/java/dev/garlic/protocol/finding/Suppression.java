package dev.garlic.protocol.finding;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Why a finding is not counted: a {@code // garlic:ignore CWE-89 -- reason} comment at the line, or
 * an entry of the baseline file of accepted findings.
 *
 * @param kind where the suppression comes from
 * @param reason the reason the user gave
 */
public record Suppression(Kind kind, String reason) {

  /** Where a suppression comes from. */
  public enum Kind {
    @JsonProperty("comment")
    COMMENT,
    @JsonProperty("baseline")
    BASELINE
  }
}
