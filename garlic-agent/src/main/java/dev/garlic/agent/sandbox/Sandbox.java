package dev.garlic.agent.sandbox;

import dev.garlic.spi.ConfigKey;
import dev.garlic.spi.GarlicException;
import dev.garlic.spi.Settings;
import dev.garlic.spi.exec.CommandRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where and how commands are confined: the {@link SandboxMode}, whether the network is shared, the
 * home directory to hide and the build caches under it that stay visible (read-only), and the
 * bubblewrap that does the work. Immutable and thread-safe.
 *
 * @param mode what commands may change
 * @param network whether commands may use the network ({@code sandbox.network})
 * @param home the home directory hidden behind an empty tmpfs
 * @param homePaths paths relative to {@code home} bound back read-only when they exist
 * @param bubblewrap the executable that builds the sandbox
 */
public record Sandbox(
    SandboxMode mode, boolean network, Path home, List<String> homePaths, Bubblewrap bubblewrap) {

  public static final String MODE_KEY = "sandbox.mode";
  public static final String NETWORK_KEY = "sandbox.network";
  public static final String HOME_PATHS_KEY = "sandbox.home_paths";

  /** The build caches and tool installs under the home directory that builds need. */
  public static final List<String> DEFAULT_HOME_PATHS =
      List.of(
          ".m2/repository",
          ".m2/wrapper",
          ".gradle/caches",
          ".gradle/wrapper",
          ".npm/_cacache",
          ".sdkman/candidates",
          ".jdks");

  /** Credentials and Garlic's own state: never visible in the sandbox, whatever is configured. */
  static final List<String> NEVER_BOUND =
      List.of(
          ".ssh",
          ".aws",
          ".azure",
          ".config/gcloud",
          ".gnupg",
          ".garlic",
          ".kube",
          ".docker",
          ".netrc",
          ".git-credentials",
          ".npmrc",
          ".pypirc",
          ".m2/settings.xml",
          ".m2/settings-security.xml",
          ".gradle/gradle.properties");

  public Sandbox {
    home = home.toAbsolutePath().normalize();
    homePaths = List.copyOf(homePaths);
    for (String path : homePaths) {
      Path relative = Path.of(path).normalize();
      if (relative.isAbsolute() || relative.startsWith("..") || path.isBlank()) {
        throw GarlicException.config(
            HOME_PATHS_KEY
                + ": \""
                + path
                + "\" must be a path under the home directory, such as .m2/repository");
      }
      for (String secret : NEVER_BOUND) {
        Path hidden = Path.of(secret);
        if (relative.startsWith(hidden) || hidden.startsWith(relative)) {
          throw GarlicException.config(
              HOME_PATHS_KEY
                  + ": \""
                  + path
                  + "\" would expose ~/"
                  + secret
                  + ", which the sandbox never shows; list only build caches");
        }
      }
    }
  }

  /** The configuration keys of the sandbox. */
  public static List<ConfigKey> configKeys() {
    return List.of(
        new ConfigKey(
            MODE_KEY,
            ConfigKey.Type.STRING,
            SandboxMode.WORKSPACE_WRITE.configName(),
            "what commands may change: " + SandboxMode.names()),
        new ConfigKey(
            NETWORK_KEY,
            ConfigKey.Type.BOOLEAN,
            false,
            "let sandboxed commands use the network (workspace-write and read-only)"),
        new ConfigKey(
            HOME_PATHS_KEY,
            ConfigKey.Type.STRING_LIST,
            DEFAULT_HOME_PATHS,
            "paths under the home directory that sandboxed commands can read (build caches)"));
  }

  /**
   * The sandbox {@code settings} describe, hiding the home directory of the user running Garlic and
   * using {@code bwrap} from the PATH.
   *
   * @throws GarlicException (config) for an unknown mode or a home path that exposes credentials
   */
  public static Sandbox from(Settings settings) {
    return new Sandbox(
        SandboxMode.parse(
            settings.string(MODE_KEY, SandboxMode.WORKSPACE_WRITE.configName()).strip()),
        settings.bool(NETWORK_KEY, false),
        Path.of(System.getProperty("user.home")),
        settings.strings(HOME_PATHS_KEY, DEFAULT_HOME_PATHS),
        Bubblewrap.onPath());
  }

  /** The default sandbox ({@code workspace-write}, no network) with {@code mode} in its place. */
  public static Sandbox of(SandboxMode mode) {
    return from(Settings.EMPTY).withMode(mode);
  }

  public Sandbox withMode(SandboxMode mode) {
    return new Sandbox(mode, network, home, homePaths, bubblewrap);
  }

  public Sandbox withNetwork(boolean network) {
    return new Sandbox(mode, network, home, homePaths, bubblewrap);
  }

  public Sandbox withHome(Path home) {
    return new Sandbox(mode, network, home, homePaths, bubblewrap);
  }

  public Sandbox withBubblewrap(Bubblewrap bubblewrap) {
    return new Sandbox(mode, network, home, homePaths, bubblewrap);
  }

  /** Whether commands are confined at all (every mode but full-access). */
  public boolean confines() {
    return mode != SandboxMode.FULL_ACCESS;
  }

  /**
   * Why commands that should be confined cannot be, with the fix, or empty when the mode confines
   * nothing or bubblewrap works. Probes bubblewrap on first use.
   */
  public Optional<String> unavailable() {
    if (!confines()) {
      return Optional.empty();
    }
    return bubblewrap
        .problem()
        .map(
            problem ->
                problem
                    + ": commands run unsandboxed and every one needs approval; install it with"
                    + " scripts/install-test-deps or apt-get install bubblewrap");
  }

  /**
   * A runner that confines each command {@code base} runs to this sandbox with the worktree {@code
   * root}; {@code base} itself for full-access.
   */
  public CommandRunner confine(CommandRunner base, Path root) {
    return confines() ? new SandboxedRunner(base, this, root) : base;
  }
}
