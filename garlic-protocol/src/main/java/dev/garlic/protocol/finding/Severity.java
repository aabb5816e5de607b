package dev.garlic.protocol.finding;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How bad a finding is, lowest first; {@code --fail-on} compares against it. */
public enum Severity {
  @JsonProperty("low")
  LOW,
  @JsonProperty("medium")
  MEDIUM,
  @JsonProperty("high")
  HIGH;

  /** True when this severity is {@code other} or worse. */
  public boolean atLeast(Severity other) {
    return compareTo(other) >= 0;
  }
}
