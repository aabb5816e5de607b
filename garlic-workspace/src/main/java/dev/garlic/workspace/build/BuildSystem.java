package dev.garlic.workspace.build;

/** The build tool a workspace uses, as far as Garlic can tell from its files. */
public enum BuildSystem {
  /** A {@code pom.xml} at the root. */
  MAVEN,
  /** A {@code settings.gradle(.kts)} or {@code build.gradle(.kts)} at the root. */
  GRADLE,
  /** Neither: source roots are guessed from the package declarations of Java files. */
  NONE
}
