package dev.garlic.agent.approval;

import dev.garlic.spi.ConfigKey;
import dev.garlic.spi.GarlicException;

/**
 * When the user is asked before a command or a change runs ({@code approval.policy}, {@code
 * --approval}). Every mode runs commands in the sandbox unless the user approves more.
 */
public enum ApprovalMode {
  /**
   * Only known read-only commands ({@code ls}, {@code cat}, {@code rg}, {@code git status} ...) and
   * commands in {@code approval.allow} run without asking; every other command and every file
   * change asks.
   */
  UNTRUSTED("untrusted"),
  /**
   * Everything runs in the sandbox without asking; the model may ask to run a command outside it
   * ({@code escalate}), which asks the user. The default of interactive sessions.
   */
  ON_REQUEST("on-request"),
  /** Everything runs in the sandbox; when a command fails there, the user is asked to re-run it. */
  ON_FAILURE("on-failure"),
  /** Nobody is asked: refusals and failures go back to the model. The default of exec. */
  NEVER("never");

  /** The configuration key of the policy. */
  public static final String KEY = "approval.policy";

  private final String configName;

  ApprovalMode(String configName) {
    this.configName = configName;
  }

  /** The name as {@code approval.policy} and {@code --approval} spell it. */
  public String configName() {
    return configName;
  }

  /** The declaration of {@link #KEY}. */
  public static ConfigKey configKey() {
    return new ConfigKey(
        KEY,
        ConfigKey.Type.STRING,
        ON_REQUEST.configName,
        "when to ask before running a command: untrusted, on-request, on-failure or never"
            + " (garlic exec uses never unless --approval says otherwise)");
  }

  /**
   * The mode spelled {@code name}.
   *
   * @throws GarlicException (config) naming the valid modes for any other name
   */
  public static ApprovalMode parse(String name) {
    for (ApprovalMode mode : values()) {
      if (mode.configName.equals(name)) {
        return mode;
      }
    }
    throw GarlicException.config(
        "unknown approval policy \""
            + name
            + "\"; use untrusted, on-request, on-failure or never ("
            + KEY
            + ", --approval)");
  }

  @Override
  public String toString() {
    return configName;
  }
}
