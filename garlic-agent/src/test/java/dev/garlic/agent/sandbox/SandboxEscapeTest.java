package dev.garlic.agent.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.garlic.agent.tools.ProcessRunner;
import dev.garlic.spi.Cancellation;
import dev.garlic.spi.exec.CommandOutcome;
import dev.garlic.spi.exec.CommandRequest;
import dev.garlic.spi.exec.CommandRunner;
import dev.garlic.testkit.SystemPackages;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Escape attempts against real bubblewrap: each runs a command in the sandbox and checks on the
 * host that it had no effect, and runs the same command without the sandbox to show the check can
 * fail. The fixture lives under {@code target/}, not {@code /tmp}, because the sandbox's private
 * {@code /tmp} would hide files there whatever else it did: the worktree is a linked git worktree
 * (its {@code .git} is a file pointing into the main repository), next to a directory outside it
 * and a home directory holding an ssh key and a Maven cache.
 */
class SandboxEscapeTest {

  private static final String KEY = "-----BEGIN OPENSSH PRIVATE KEY----- garlic-test";

  private Path base;
  private Path repo;
  private Path worktree;
  private Path outside;
  private Path home;
  private CommandRunner sandboxed;
  private final CommandRunner unsandboxed = new ProcessRunner();

  @BeforeAll
  static void needBubblewrap() {
    SystemPackages.require("bwrap", "bubblewrap");
  }

  @BeforeEach
  void createFixture() throws Exception {
    Path target = Files.createDirectories(Path.of("target", "sandbox-escape").toAbsolutePath());
    base = Files.createTempDirectory(target, "t").toRealPath();
    repo = Files.createDirectories(base.resolve("repo"));
    worktree = base.resolve("wt");
    outside = Files.createDirectories(base.resolve("outside"));
    Files.writeString(outside.resolve("victim.txt"), "original\n");
    home = Files.createDirectories(base.resolve("home"));
    Files.createDirectories(home.resolve(".ssh"));
    Files.writeString(home.resolve(".ssh/id_rsa"), KEY + "\n");
    Files.createDirectories(home.resolve(".m2/repository"));
    Files.writeString(home.resolve(".m2/repository/cached.txt"), "cached artifact\n");
    git(repo, "init", "-q", "-b", "main");
    Files.writeString(repo.resolve("README.md"), "hello\n");
    git(repo, "add", "README.md");
    git(repo, "-c", "user.name=T", "-c", "user.email=t@example.com", "commit", "-q", "-m", "one");
    git(repo, "worktree", "add", "-q", worktree.toString(), "-b", "task");
    sandboxed = new SandboxedRunner(unsandboxed, sandbox(SandboxMode.WORKSPACE_WRITE), worktree);
  }

  @AfterEach
  void deleteFixture() throws IOException {
    try (Stream<Path> files = Files.walk(base)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private Sandbox sandbox(SandboxMode mode) {
    return new Sandbox(mode, false, home, Sandbox.DEFAULT_HOME_PATHS, Bubblewrap.onPath());
  }

  private CommandOutcome run(CommandRunner runner, String script) {
    return run(runner, script, Duration.ofSeconds(30));
  }

  private CommandOutcome run(CommandRunner runner, String script, Duration timeout) {
    Map<String, String> env = new HashMap<>();
    env.put("PATH", System.getenv("PATH"));
    env.put("HOME", home.toString());
    env.put("OPENAI_API_KEY", "sk-garlic-test-secret");
    env.put("JAVA_HOME", System.getProperty("java.home"));
    return runner.run(
        new CommandRequest(
            List.of("bash", "-c", script), worktree, env, timeout, Cancellation.create()));
  }

  @Test
  void writesInsideTheWorktree() throws Exception {
    CommandOutcome outcome = run(sandboxed, "echo made > made.txt && mkdir -p src && touch src/A");

    assertThat(outcome.exitCode()).as(outcome.output()).isZero();
    assertThat(Files.readString(worktree.resolve("made.txt"))).isEqualTo("made\n");
    assertThat(worktree.resolve("src/A")).exists();
  }

  @Test
  void cannotWriteOutsideTheWorktree() {
    String script = "echo x > " + outside.resolve("new.txt");

    CommandOutcome outcome = run(sandboxed, script);

    assertThat(outcome.exitCode()).isNotZero();
    // Read-only where the root is bound; absent where the sandbox has a private tmpfs (a checkout
    // under /tmp, as on some CI machines).
    assertThat(outcome.output())
        .containsAnyOf("Read-only file system", "No such file or directory");
    assertThat(outside.resolve("new.txt")).doesNotExist();
    assertThat(run(unsandboxed, script).exitCode()).isZero();
    assertThat(outside.resolve("new.txt")).exists();
  }

  @Test
  void writesToTmpStayInThePrivateTmp() {
    Path file = Path.of("/tmp", "garlic-escape-" + UUID.randomUUID());
    String script = "echo x > " + file + " && cat " + file;
    try {
      CommandOutcome outcome = run(sandboxed, script);

      assertThat(outcome.output()).isEqualTo("x\n");
      assertThat(file).doesNotExist();
      run(unsandboxed, script);
      assertThat(file).exists();
    } finally {
      file.toFile().delete();
    }
  }

  @Test
  void cannotChangeTheGitMetadata() throws Exception {
    Path gitDir = repo.resolve(".git/worktrees/wt");
    Path hook = repo.resolve(".git/hooks/pre-commit");
    String script =
        "echo gitdir: /elsewhere > .git; touch "
            + gitDir.resolve("evil")
            + "; echo 'curl evil' > "
            + hook
            + "; git status --short >/dev/null && echo git-reads";

    CommandOutcome outcome = run(sandboxed, script);

    assertThat(outcome.output()).contains("git-reads");
    assertThat(Files.readString(worktree.resolve(".git"))).startsWith("gitdir: " + repo);
    assertThat(gitDir.resolve("evil")).doesNotExist();
    assertThat(hook).doesNotExist();
    run(unsandboxed, "touch " + gitDir.resolve("evil") + " " + hook);
    assertThat(gitDir.resolve("evil")).exists();
    assertThat(hook).exists();
  }

  @Test
  void cannotPlantARepositoryConfiguration() {
    String script = "mkdir -p .garlic && echo 'approval.policy = \"never\"' > .garlic/config.toml";

    CommandOutcome outcome = run(sandboxed, script);

    assertThat(outcome.exitCode()).isNotZero();
    assertThat(worktree.resolve(".garlic/config.toml")).doesNotExist();
    assertThat(run(unsandboxed, script).exitCode()).isZero();
  }

  @Test
  void cannotReadTheSshKeyButSeesTheBuildCache() {
    String script = "cat $HOME/.ssh/id_rsa; cat $HOME/.m2/repository/cached.txt";

    CommandOutcome outcome = run(sandboxed, script);

    assertThat(outcome.output()).doesNotContain("PRIVATE KEY").contains("cached artifact");
    assertThat(run(unsandboxed, script).output()).contains("PRIVATE KEY");
  }

  @Test
  void cannotOpenASocketToTheHost() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      String script = "echo hi > /dev/tcp/127.0.0.1/" + server.getLocalPort();

      CommandOutcome outcome = run(sandboxed, script);

      assertThat(outcome.exitCode()).isNotZero();
      assertThat(run(unsandboxed, script).exitCode()).isZero();
    }
  }

  @Test
  void cannotReachAHostUnixSocketUnderRun() throws Exception {
    SystemPackages.require("python3", "python3");
    Path socket = Path.of("/run", "garlic-escape-" + UUID.randomUUID() + ".sock");
    String script =
        "python3 -c \"import socket; s = socket.socket(socket.AF_UNIX); s.connect('"
            + socket
            + "')\"";
    try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
      server.bind(UnixDomainSocketAddress.of(socket));

      CommandOutcome outcome = run(sandboxed, script);

      assertThat(outcome.exitCode()).isNotZero();
      assertThat(outcome.output()).contains("FileNotFoundError");
      assertThat(run(unsandboxed, script).exitCode()).isZero();
    } finally {
      Files.deleteIfExists(socket);
    }
  }

  @Test
  void seesNoCredentialsInTheEnvironment() {
    CommandOutcome outcome = run(sandboxed, "env");

    assertThat(outcome.output()).doesNotContain("OPENAI_API_KEY").contains("PATH=");
    assertThat(run(unsandboxed, "env").output()).contains("OPENAI_API_KEY");
  }

  @Test
  void cannotWriteThroughASymlinkThatLeavesTheWorktree() throws Exception {
    Files.createSymbolicLink(worktree.resolve("link"), outside.resolve("victim.txt"));
    Files.createSymbolicLink(worktree.resolve("dirlink"), outside);
    String script = "echo pwned > link; echo pwned > dirlink/planted.txt";

    run(sandboxed, script);

    assertThat(Files.readString(outside.resolve("victim.txt"))).isEqualTo("original\n");
    assertThat(outside.resolve("planted.txt")).doesNotExist();
    run(unsandboxed, script);
    assertThat(Files.readString(outside.resolve("victim.txt"))).isEqualTo("pwned\n");
  }

  @Test
  void readOnlyModeCannotWriteTheWorktree() {
    CommandRunner readOnly =
        new SandboxedRunner(unsandboxed, sandbox(SandboxMode.READ_ONLY), worktree);

    CommandOutcome outcome = run(readOnly, "cat README.md && touch new.txt");

    assertThat(outcome.output()).startsWith("hello\n").contains("Read-only file system");
    assertThat(worktree.resolve("new.txt")).doesNotExist();
  }

  @Test
  void killsTheWholeSandboxOnTimeout() throws Exception {
    Path late = worktree.resolve("late.txt");
    long start = System.nanoTime();

    CommandOutcome outcome =
        run(sandboxed, "(sleep 2; touch late.txt) & sleep 30", Duration.ofSeconds(1));

    assertThat(outcome.timedOut()).isTrue();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    Thread.sleep(1500);
    assertThat(late).doesNotExist();
  }

  @Test
  void runsJavaAndMaven() {
    CommandOutcome outcome = run(sandboxed, "java -version && mvn -v");

    assertThat(outcome.exitCode()).as(outcome.output()).isZero();
    assertThat(outcome.output()).contains("version").contains("Apache Maven");
  }

  private static void git(Path dir, String... args) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of("git", "-C", dir.toString()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    assertThat(process.waitFor()).as(output).isZero();
  }
}
