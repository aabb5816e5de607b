package dev.garlic.testgen.model;

/** Why a generated test was not written. */
public enum DropReason {
  /** It did not compile (a rendering limit: a type that cannot be named, say). */
  DOES_NOT_COMPILE,
  /** It failed when run in a fresh JVM. */
  FAILS,
  /** It passed in some runs and failed in others. */
  FLAKY,
  /** Its outcome depends on the clock, randomness or hash order. */
  NONDETERMINISTIC,
  /** It reads the environment, system properties, the file system or the network. */
  ENVIRONMENT,
  /** It ran past its timeout (an infinite loop, a blocking call). */
  TIMEOUT,
  /** It tried to end the JVM ({@code System.exit}) or printed without bound. */
  CONTAINED,
  /** Another kept test covers exactly the same behaviour. */
  REDUNDANT
}
