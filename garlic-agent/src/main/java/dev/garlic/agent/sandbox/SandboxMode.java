package dev.garlic.agent.sandbox;

import dev.garlic.spi.GarlicException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** What a sandboxed command may change. The configuration spells the modes in kebab case. */
public enum SandboxMode {
  /** Nothing: the whole file system, the worktree included, is read-only. */
  READ_ONLY("read-only"),
  /** Only the worktree (its git metadata excepted), and a private {@code /tmp}; no network. */
  WORKSPACE_WRITE("workspace-write"),
  /** No sandbox: commands have the rights of the user running Garlic. */
  FULL_ACCESS("full-access");

  private final String configName;

  SandboxMode(String configName) {
    this.configName = configName;
  }

  /** The name as {@code sandbox.mode} and {@code --sandbox} spell it. */
  public String configName() {
    return configName;
  }

  /**
   * The mode spelled {@code name}.
   *
   * @throws GarlicException (config) naming the valid modes for any other name
   */
  public static SandboxMode parse(String name) {
    for (SandboxMode mode : values()) {
      if (mode.configName.equals(name)) {
        return mode;
      }
    }
    throw GarlicException.config(
        "unknown sandbox mode \"" + name + "\"; use " + names() + " (sandbox.mode, --sandbox)");
  }

  /** The valid names, comma separated, for messages and help. */
  public static String names() {
    return Arrays.stream(values()).map(SandboxMode::configName).collect(Collectors.joining(", "));
  }

  @Override
  public String toString() {
    return configName;
  }
}
