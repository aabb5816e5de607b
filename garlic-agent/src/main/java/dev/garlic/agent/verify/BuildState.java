package dev.garlic.agent.verify;

/** Whether a verification built the project. */
public enum BuildState {
  /** The build (compilation of main and test code) succeeded. */
  BUILT,
  /** The build failed: compile errors or a build tool error. */
  FAILED,
  /** No build ran (no build tool found, or nothing to build). */
  NOT_RUN
}
