package dev.garlic.testkit.model;

/**
 * Token counts a scripted reply reports. {@code input} includes {@code cachedInput} and {@code
 * output} includes {@code reasoning}, as OpenAI counts them; each wire format converts from there.
 */
record ReplyUsage(long input, long cachedInput, long output, long reasoning) {

  static final ReplyUsage ZERO = new ReplyUsage(0, 0, 0, 0);

  ReplyUsage {
    if (input < 0 || cachedInput < 0 || output < 0 || reasoning < 0) {
      throw new IllegalArgumentException("token counts cannot be negative");
    }
    if (cachedInput > input || reasoning > output) {
      throw new IllegalArgumentException(
          "cachedInput is part of input and reasoning part of output, so neither can exceed it");
    }
  }
}
