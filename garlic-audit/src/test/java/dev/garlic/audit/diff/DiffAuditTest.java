package dev.garlic.audit.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.garlic.audit.AuditReport;
import dev.garlic.audit.AuditRequest;
import dev.garlic.audit.Auditor;
import dev.garlic.audit.FakeCheck;
import dev.garlic.audit.RuleCatalog;
import dev.garlic.protocol.finding.Finding;
import dev.garlic.spi.Cancellation;
import dev.garlic.spi.Reporter;
import dev.garlic.spi.exec.CommandOutcome;
import dev.garlic.spi.exec.CommandRunner;
import dev.garlic.testkit.TestWorkspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Diff mode against a real git repository (runs git, about a second). */
class DiffAuditTest {

  @TempDir Path dir;

  /** Runs commands as plain processes, as the command line does. */
  static final CommandRunner PROCESSES =
      request -> {
        try {
          ProcessBuilder builder = new ProcessBuilder(request.command()).redirectErrorStream(true);
          builder.directory(request.directory().toFile());
          builder.environment().clear();
          builder.environment().putAll(request.environment());
          Process p = builder.start();
          String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
          return new CommandOutcome(p.waitFor(), false, 0, out, 0);
        } catch (IOException | InterruptedException e) {
          throw new IllegalStateException(e);
        }
      };

  private void git(String... args) {
    List<String> command = new java.util.ArrayList<>(List.of("git", "-C", dir.toString()));
    command.addAll(List.of(args));
    CommandOutcome o =
        PROCESSES.run(
            new dev.garlic.spi.exec.CommandRequest(
                command, dir, env(), java.time.Duration.ofSeconds(30), Cancellation.create()));
    assertThat(o.exitCode()).as(o.output()).isZero();
  }

  private static Map<String, String> env() {
    return Map.of(
        "PATH",
        System.getenv("PATH"),
        "HOME",
        System.getProperty("java.io.tmpdir"),
        "GIT_AUTHOR_NAME",
        "t",
        "GIT_AUTHOR_EMAIL",
        "t@x",
        "GIT_COMMITTER_NAME",
        "t",
        "GIT_COMMITTER_EMAIL",
        "t@x");
  }

  private final Auditor auditor = new Auditor(List.of(new FakeCheck()), RuleCatalog.shipped());

  @Test
  void reportsOnlyFindingsIntroducedSinceTheBaseAndRemovesItsWorktree() throws IOException {
    TestWorkspace ws =
        TestWorkspace.in(dir)
            .file("A.java", "class A {\n  void f() {\n    s.executeQuery(a);\n  }\n}\n");
    git("init", "-q");
    git("add", ".");
    git("commit", "-q", "-m", "base");
    // The old finding moves down a line (same fingerprint); a new one appears.
    ws.file("A.java", "class A {\n\n  void f() {\n    s.executeQuery(a);\n    md5();\n  }\n}\n");

    AuditReport report =
        new DiffAudit(auditor, PROCESSES, env())
            .audit(dir, "HEAD", AuditRequest.all(), Reporter.SILENT, Cancellation.create());

    assertThat(report.findings()).extracting(Finding::ruleId).containsExactly("weak-hash");
    assertThat(report.summary().medium()).isEqualTo(1);
    assertThat(report.summary().high()).isZero();
    String worktrees = Files.readString(dir.resolve(".git/HEAD"));
    assertThat(worktrees).isNotBlank();
    assertThat(
            Files.exists(dir.resolve(".git/worktrees"))
                && Files.list(dir.resolve(".git/worktrees")).findAny().isPresent())
        .as("the base worktree is removed")
        .isFalse();
  }

  @Test
  void anUnknownBaseIsAnInputError() {
    TestWorkspace.in(dir).file("A.java", "class A {}\n");
    git("init", "-q");
    git("add", ".");
    git("commit", "-q", "-m", "base");

    assertThatThrownBy(
            () ->
                new DiffAudit(auditor, PROCESSES, env())
                    .audit(
                        dir,
                        "no-such-branch",
                        AuditRequest.all(),
                        Reporter.SILENT,
                        Cancellation.create()))
        .hasMessageContaining("no-such-branch")
        .hasMessageContaining("no such commit");
  }

  @Test
  void worksForAWorkspaceInASubdirectoryWithAbsolutePaths() {
    TestWorkspace ws =
        TestWorkspace.in(dir)
            .file("app/src/A.java", "class A {\n  void f() {\n    s.executeQuery(a);\n  }\n}\n")
            .file("app/src/B.java", "class B {}\n");
    git("init", "-q");
    git("add", ".");
    git("commit", "-q", "-m", "base");
    ws.file("app/src/B.java", "class B {\n  void g() { s.executeQuery(b); }\n}\n");
    Path app = dir.resolve("app");

    AuditReport report =
        new DiffAudit(auditor, PROCESSES, env())
            .audit(
                app,
                "HEAD",
                AuditRequest.all().withPaths(List.of(app.resolve("src").toString())),
                Reporter.SILENT,
                Cancellation.create());

    assertThat(report.findings())
        .singleElement()
        .satisfies(f -> assertThat(f.location().path()).isEqualTo("src/B.java"));
  }
}
