package dev.garlic.cli;

import picocli.CommandLine.IVersionProvider;

/** {@code garlic --version}: the jar's Implementation-Version and the running Java. */
final class VersionProvider implements IVersionProvider {

  @Override
  public String[] getVersion() {
    String version = VersionProvider.class.getPackage().getImplementationVersion();
    return new String[] {
      "garlic " + (version == null ? "(development build)" : version),
      "Java "
          + Runtime.version()
          + " ("
          + System.getProperty("java.vendor")
          + ", "
          + System.getProperty("java.home")
          + ")"
    };
  }
}
