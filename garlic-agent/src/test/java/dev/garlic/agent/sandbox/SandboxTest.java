package dev.garlic.agent.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.garlic.spi.GarlicException;
import dev.garlic.spi.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SandboxTest {

  @TempDir Path dir;

  private static Settings settings(Map<String, Object> values) {
    return key -> Optional.ofNullable(values.get(key));
  }

  @Test
  void readsItsModeAndNetworkFromTheSettings() {
    Sandbox sandbox =
        Sandbox.from(settings(Map.of("sandbox.mode", "read-only", "sandbox.network", true)));

    assertThat(sandbox.mode()).isEqualTo(SandboxMode.READ_ONLY);
    assertThat(sandbox.network()).isTrue();
    assertThat(Sandbox.from(Settings.EMPTY).mode()).isEqualTo(SandboxMode.WORKSPACE_WRITE);
  }

  @Test
  void namesTheModesWhenOneIsUnknown() {
    assertThatThrownBy(() -> Sandbox.from(settings(Map.of("sandbox.mode", "open"))))
        .isInstanceOf(GarlicException.class)
        .hasMessage(
            "unknown sandbox mode \"open\"; use read-only, workspace-write, full-access"
                + " (sandbox.mode, --sandbox)");
  }

  @Test
  void refusesAHomePathThatWouldExposeCredentials() {
    assertThatThrownBy(
            () -> Sandbox.from(settings(Map.of("sandbox.home_paths", List.of(".m2", ".npm")))))
        .isInstanceOf(GarlicException.class)
        .hasMessage(
            "sandbox.home_paths: \".m2\" would expose ~/.m2/settings.xml, which the sandbox never"
                + " shows; list only build caches");
  }

  @Test
  void bindsTheWorktreeWritableAndItsGitMetadataReadOnlyAfterIt() throws Exception {
    Path root = Files.createDirectories(dir.resolve("wt"));
    Path gitDir = Files.createDirectories(dir.resolve("repo/.git/worktrees/wt"));
    Files.writeString(gitDir.resolve("commondir"), "../..\n");
    Files.writeString(root.resolve(".git"), "gitdir: " + gitDir + "\n");
    Sandbox sandbox = Sandbox.of(SandboxMode.WORKSPACE_WRITE).withHome(dir.resolve("home"));

    List<String> args = BwrapArguments.build(sandbox, "bwrap", root, root, List.of("ls"));

    String line = String.join(" ", args);
    assertThat(line)
        .contains("--bind " + root + " " + root)
        .contains("--ro-bind " + root.resolve(".git") + " " + root.resolve(".git"))
        .contains("--ro-bind " + gitDir + " " + gitDir)
        .contains("--ro-bind " + dir.resolve("repo/.git") + " " + dir.resolve("repo/.git"))
        .contains("--unshare-net")
        .endsWith("--chdir " + root + " -- ls");
    assertThat(line.indexOf("--bind " + root)).isLessThan(line.indexOf(gitDir.toString()));
  }

  @Test
  void sharesTheNetworkOnlyWhenConfiguredAndBindsReadOnlyInReadOnlyMode() throws Exception {
    Path root = Files.createDirectories(dir.resolve("wt"));
    Sandbox sandbox =
        Sandbox.of(SandboxMode.READ_ONLY).withNetwork(true).withHome(dir.resolve("home"));

    List<String> args = BwrapArguments.build(sandbox, "bwrap", root, root, List.of("ls"));

    assertThat(args).doesNotContain("--unshare-net", "--bind");
    assertThat(String.join(" ", args)).contains("--ro-bind " + root + " " + root);
  }

  @Test
  void hidesTheHomeDirectoryAndBindsBackOnlyTheBuildCaches() throws Exception {
    Path home = Files.createDirectories(dir.resolve("home"));
    Files.createDirectories(home.resolve(".m2/repository"));
    Files.createDirectories(home.resolve(".ssh"));
    Files.createSymbolicLink(home.resolve(".jdks"), home.resolve(".ssh"));
    Path root = Files.createDirectories(dir.resolve("wt"));
    Sandbox sandbox = Sandbox.of(SandboxMode.WORKSPACE_WRITE).withHome(home);

    String line =
        String.join(" ", BwrapArguments.build(sandbox, "bwrap", root, root, List.of("ls")));

    assertThat(line)
        .contains("--tmpfs " + home)
        .contains("--ro-bind " + home.resolve(".m2/repository"))
        .doesNotContain(".ssh")
        .doesNotContain(".jdks");
  }
}
