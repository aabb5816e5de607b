package dev.garlic.spi.exec;

/**
 * How a command ended.
 *
 * @param exitCode its exit code, or -1 when it was killed on timeout
 * @param timedOut whether it ran out of time (its process tree was then killed)
 * @param millis how long it ran
 * @param output stdout and stderr interleaved, capped to its first and last lines
 * @param omittedLines how many lines of output were left out in the middle
 */
public record CommandOutcome(
    int exitCode, boolean timedOut, long millis, String output, int omittedLines) {}
