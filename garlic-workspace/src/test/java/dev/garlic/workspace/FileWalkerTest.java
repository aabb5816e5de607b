package dev.garlic.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.garlic.spi.Reporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileWalkerTest {

  @TempDir Path root;

  private void write(String path, String content) throws IOException {
    Path p = root.resolve(path);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content);
  }

  private void touch(String... paths) throws IOException {
    for (String path : paths) {
      write(path, "x");
    }
  }

  private List<String> walk() {
    return walk(WalkOptions.DEFAULTS);
  }

  private List<String> walk(WalkOptions options) {
    return Workspace.open(root).walk(options, Reporter.SILENT).files().stream()
        .map(SourceFile::path)
        .toList();
  }

  private List<String> skipped(WalkOptions options) {
    return Workspace.open(root).walk(options, Reporter.SILENT).skipped();
  }

  @Test
  void listsFilesSortedByPathWithSlashes() throws IOException {
    touch("b/Z.java", "a/c/Y.java", "A.java", "a/X.java");

    assertThat(walk()).containsExactly("A.java", "a/X.java", "a/c/Y.java", "b/Z.java");
  }

  @Test
  void skipsFilesOfUnknownLanguages() throws IOException {
    touch("Main.java", "image.png", "LICENSE-binary.bin");

    assertThat(walk()).containsExactly("Main.java");
  }

  @Test
  void skipsFilesIgnoredByRootGitignore() throws IOException {
    write(".gitignore", "*.log.txt\ngenerated/\n");
    touch("Main.java", "run.log.txt", "generated/Gen.java", "src/generated/Gen.java");

    assertThat(walk()).containsExactly("Main.java");
  }

  @Test
  void appliesNestedGitignoreOnlyBelowItsDirectory() throws IOException {
    write("a/.gitignore", "Secret.java\n");
    touch("Secret.java", "a/Secret.java", "a/deep/Secret.java", "b/Secret.java");

    assertThat(walk()).containsExactly("Secret.java", "b/Secret.java");
  }

  @Test
  void reincludesFilesNegatedInNestedGitignore() throws IOException {
    write(".gitignore", "*.xml\n");
    write("conf/.gitignore", "!keep.xml\n");
    touch("pom.xml", "conf/drop.xml", "conf/keep.xml");

    assertThat(walk()).containsExactly("conf/keep.xml");
  }

  @Test
  void appliesDirectoryOnlyPatternsToDirectoriesOnly() throws IOException {
    write(".gitignore", "cache.md/\n");
    touch("cache.md", "docs/cache.md/inner.md");

    assertThat(walk()).containsExactly("cache.md");
  }

  @Test
  void matchesAnchoredPatternsOnlyAtTheirOwnDirectory() throws IOException {
    write(".gitignore", "/Top.java\n");
    write("sub/.gitignore", "/Low.java\n");
    touch("Top.java", "sub/Top.java", "sub/Low.java", "sub/deeper/Low.java");

    assertThat(walk()).containsExactly("sub/Top.java", "sub/deeper/Low.java");
  }

  @Test
  void anchorsNestedPatternsWithASlashAtTheirOwnDirectory() throws IOException {
    write("sub/.gitignore", "gen/Out.java\n");
    touch("sub/gen/Out.java", "sub/x/gen/Out.java", "gen/Out.java");

    assertThat(walk()).containsExactly("gen/Out.java", "sub/x/gen/Out.java");
  }

  @Test
  void matchesDoubleStarAcrossDirectories() throws IOException {
    write(".gitignore", "src/**/fixtures/\n");
    touch("src/a/b/fixtures/F.java", "src/fixtures/G.java", "src/a/Keep.java");

    assertThat(walk()).containsExactly("src/a/Keep.java");
  }

  @Test
  void honoursGitInfoExclude() throws IOException {
    write(".git/info/exclude", "Local.java\n");
    touch("Local.java", "Shared.java");

    assertThat(walk()).containsExactly("Shared.java");
  }

  @Test
  void honoursTheMainRepositorysInfoExcludeInALinkedWorktree(@TempDir Path main)
      throws IOException {
    Path worktreeGitDir = Files.createDirectories(main.resolve(".git/worktrees/wt"));
    Files.writeString(worktreeGitDir.resolve("commondir"), "../..\n");
    Files.createDirectories(main.resolve(".git/info"));
    Files.writeString(main.resolve(".git/info/exclude"), "Local.java\n");
    write(".git", "gitdir: " + worktreeGitDir + "\n");
    touch("Local.java", "Shared.java");

    assertThat(walk()).containsExactly("Shared.java");
  }

  @Test
  void letsGitignoreOverrideInfoExclude() throws IOException {
    write(".git/info/exclude", "*.java\n");
    write(".gitignore", "!Shared.java\n");
    touch("Local.java", "Shared.java");

    assertThat(walk()).containsExactly("Shared.java");
  }

  @Test
  void honoursGarlicIgnoreAboveGitignore() throws IOException {
    write(".garlic/ignore", "legacy/\n!generated/Api.java\n");
    write(".gitignore", "generated/*\n");
    touch("legacy/Old.java", "generated/Api.java", "generated/Impl.java", "New.java");

    assertThat(walk()).containsExactly("New.java", "generated/Api.java");
  }

  @Test
  void appliesGitignoresAboveTheWorkspaceWithinTheRepository() throws IOException {
    Files.createDirectories(root.resolve(".git"));
    write(".gitignore", "module/gen/\n*.tmp.md\n");
    touch("module/gen/G.java", "module/notes.tmp.md", "module/M.java");

    List<String> files =
        Workspace.open(root.resolve("module")).walk(Reporter.SILENT).files().stream()
            .map(SourceFile::path)
            .toList();

    assertThat(files).containsExactly("M.java");
  }

  @Test
  void alwaysSkipsVersionControlAndGarlicState() throws IOException {
    write(".gitignore", "!.git/\n!.garlic/\n");
    touch(".git/hooks/hook.sh", ".garlic/index/x.json", ".hg/store.txt", ".svn/e.txt", "A.java");

    assertThat(walk()).containsExactly("A.java");
  }

  @Test
  void skipsBuildOutputDirectoriesByDefault() throws IOException {
    touch("target/classes/A.java", "web/node_modules/x/index.js", "app/build/B.java", "C.java");

    assertThat(walk()).containsExactly("C.java");
  }

  @Test
  void reincludesDefaultExcludedDirectoryNegatedInGitignore() throws IOException {
    write(".gitignore", "!build/\n");
    touch("build/Script.java", "target/T.java");

    assertThat(walk()).containsExactly("build/Script.java");
  }

  @Test
  void walksDefaultExcludedDirectoriesWhenTheListIsEmpty() throws IOException {
    touch("target/T.java");

    assertThat(walk(WalkOptions.DEFAULTS.withExcludedDirs(List.of())))
        .containsExactly("target/T.java");
  }

  @Test
  void appliesExtraExcludesFromOptions() throws IOException {
    touch("src/A.java", "src/ATest.java", "test/B.java");

    assertThat(walk(WalkOptions.DEFAULTS.withExcludes(List.of("*Test.java", "/test/"))))
        .containsExactly("src/A.java");
  }

  @Test
  void appliesGitignoreOutsideGitRepositories() throws IOException {
    write(".gitignore", "Skip.java\n");
    touch("Skip.java", "Keep.java");

    assertThat(root.resolve(".git")).doesNotExist();
    assertThat(walk()).containsExactly("Keep.java");
  }

  @Test
  void skipsFilesOverTheSizeLimitWithANote() throws IOException {
    write("Big.java", "x".repeat(1500));
    write("Small.java", "x");
    WalkOptions options = WalkOptions.DEFAULTS.withMaxFileBytes(1024);

    assertThat(walk(options)).containsExactly("Small.java");
    assertThat(skipped(options))
        .containsExactly(
            "Big.java: larger than 1 KiB (1.5 KiB); raise index.max_file_bytes to include it");
  }

  @Test
  void skipsTextFilesWithBinaryContent() throws IOException {
    Files.write(root.resolve("data.json"), new byte[] {'{', 0, '}'});
    write("ok.json", "{}");

    assertThat(walk()).containsExactly("ok.json");
    assertThat(skipped(WalkOptions.DEFAULTS)).containsExactly("data.json: binary content");
  }

  @Test
  void trustsSourceExtensionsWithoutSniffing() throws IOException {
    Files.write(root.resolve("Odd.java"), new byte[] {'c', 0, 'x'});

    assertThat(walk()).containsExactly("Odd.java");
  }

  @Test
  void followsSymlinkedFilesInsideTheWorkspace() throws IOException {
    touch("real/A.java");
    Files.createSymbolicLink(root.resolve("Link.java"), root.resolve("real/A.java"));

    assertThat(walk()).containsExactly("Link.java", "real/A.java");
  }

  @Test
  void skipsSymlinkedFilesOutsideTheWorkspace(@TempDir Path outside) throws IOException {
    Files.writeString(outside.resolve("Secret.java"), "x");
    Files.createSymbolicLink(root.resolve("Secret.java"), outside.resolve("Secret.java"));

    assertThat(walk()).isEmpty();
    assertThat(skipped(WalkOptions.DEFAULTS))
        .containsExactly("Secret.java: symlink to a file outside the workspace, not followed");
  }

  @Test
  void skipsSymlinkedDirectoriesByDefault() throws IOException {
    touch("real/A.java");
    Files.createSymbolicLink(root.resolve("alias"), root.resolve("real"));

    assertThat(walk()).containsExactly("real/A.java");
    assertThat(skipped(WalkOptions.DEFAULTS))
        .containsExactly("alias: symlink to a directory, not followed");
  }

  @Test
  void followsSymlinkedDirectoriesWhenAskedButNotIntoALoop() throws IOException {
    touch("real/A.java");
    Files.createSymbolicLink(root.resolve("real/up"), root);
    WalkOptions follow = WalkOptions.DEFAULTS.withFollowSymlinkedDirs(true);

    assertThat(walk(follow)).containsExactly("real/A.java");
    assertThat(skipped(follow)).containsExactly("real/up: symlink loop, not followed");
  }

  @Test
  void followsSymlinkedDirectoriesWhenAsked() throws IOException {
    touch("real/A.java");
    Files.createSymbolicLink(root.resolve("alias"), root.resolve("real"));

    assertThat(walk(WalkOptions.DEFAULTS.withFollowSymlinkedDirs(true)))
        .containsExactly("alias/A.java", "real/A.java");
  }

  @Test
  void formatsSizesForPeople() {
    assertThat(FileWalker.humanSize(900)).isEqualTo("900 bytes");
    assertThat(FileWalker.humanSize(1024 * 1024)).isEqualTo("1 MiB");
    assertThat(FileWalker.humanSize(1_468_006)).isEqualTo("1.4 MiB");
  }
}
