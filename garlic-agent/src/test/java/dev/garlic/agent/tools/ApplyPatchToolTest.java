package dev.garlic.agent.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.garlic.spi.EngineContext;
import dev.garlic.spi.GarlicException;
import dev.garlic.spi.ToolResult;
import dev.garlic.testkit.TestWorkspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApplyPatchToolTest {

  @TempDir Path root;

  private final ApplyPatchTool tool = new ApplyPatchTool();

  private ToolResult apply(String patch) {
    return tool.run(new ApplyPatchTool.Params(patch), EngineContext.of(root));
  }

  private String read(String path) throws IOException {
    return Files.readString(root.resolve(path));
  }

  private TestWorkspace workspace() {
    return TestWorkspace.in(root);
  }

  @Test
  void addsAFileWithItsDirectories() throws Exception {
    ToolResult result =
        apply(
            """
            *** Begin Patch
            *** Add File: src/hello.txt
            +hello
            +world
            *** End Patch
            """);

    assertThat(read("src/hello.txt")).isEqualTo("hello\nworld\n");
    assertThat(result.text()).isEqualTo("applied patch:\nA src/hello.txt (+2 -0)\n");
  }

  @Test
  void deletesAFile() {
    workspace().file("old.txt", "a\nb\n");

    ToolResult result = apply("*** Begin Patch\n*** Delete File: old.txt\n*** End Patch");

    assertThat(root.resolve("old.txt")).doesNotExist();
    assertThat(result.text()).contains("D old.txt (+0 -2)");
  }

  @Test
  void updatesAFileByItsContext() throws Exception {
    workspace().file("a.txt", "one\ntwo\nthree\nfour\n");

    ToolResult result =
        apply(
            """
            *** Begin Patch
            *** Update File: a.txt
            @@
             one
            -two
            +TWO
            +two and a half
             three
            *** End Patch
            """);

    assertThat(read("a.txt")).isEqualTo("one\nTWO\ntwo and a half\nthree\nfour\n");
    assertThat(result.text()).contains("M a.txt (+2 -1)");
  }

  @Test
  void appliesSeveralHunksInOrder() throws Exception {
    workspace().file("a.txt", "a\nb\nc\nd\ne\nf\n");

    apply(
        """
        *** Begin Patch
        *** Update File: a.txt
        @@
         a
        -b
        +B
        @@
         e
        -f
        +F
        *** End Patch
        """);

    assertThat(read("a.txt")).isEqualTo("a\nB\nc\nd\ne\nF\n");
  }

  @Test
  void movesAndEditsAFile() throws Exception {
    workspace().file("old/Name.java", "class Name {\n}\n");

    ToolResult result =
        apply(
            """
            *** Begin Patch
            *** Update File: old/Name.java
            *** Move to: renamed/Other.java
            @@
            -class Name {
            +class Other {
             }
            *** End Patch
            """);

    assertThat(root.resolve("old/Name.java")).doesNotExist();
    assertThat(read("renamed/Other.java")).isEqualTo("class Other {\n}\n");
    assertThat(result.text()).contains("R old/Name.java -> renamed/Other.java (+1 -1)");
  }

  @Test
  void usesTheAnchorToChooseBetweenRepeatedLines() throws Exception {
    workspace().file("A.java", "void a() {\n  return;\n}\nvoid b() {\n  return;\n}\n");

    apply(
        """
        *** Begin Patch
        *** Update File: A.java
        @@ void b() {
        -  return;
        +  return; // b
        *** End Patch
        """);

    assertThat(read("A.java"))
        .isEqualTo("void a() {\n  return;\n}\nvoid b() {\n  return; // b\n}\n");
  }

  @Test
  void acceptsAnAnchorWithoutItsTrailingBrace() throws Exception {
    workspace().file("A.java", "void a() {\n  x();\n}\nvoid b() {\n  x();\n}\n");

    apply(
        """
        *** Begin Patch
        *** Update File: A.java
        @@ void b()
        -  x();
        +  y();
        *** End Patch
        """);

    assertThat(read("A.java")).endsWith("void b() {\n  y();\n}\n");
  }

  @Test
  void acceptsAnAnchorRepeatedAsTheFirstContextLine() throws Exception {
    workspace().file("A.java", "void a() {\n  x();\n}\nvoid b() {\n  x();\n}\n");

    apply(
        """
        *** Begin Patch
        *** Update File: A.java
        @@ void b() {
         void b() {
        -  x();
        +  y();
        *** End Patch
        """);

    assertThat(read("A.java")).endsWith("void b() {\n  y();\n}\n");
  }

  @Test
  void insertsRightAfterTheAnchorWhenTheHunkOnlyAdds() throws Exception {
    workspace().file("A.java", "class A {\n  int x;\n}\n");

    apply("*** Begin Patch\n*** Update File: A.java\n@@ class A {\n+  int w;\n*** End Patch");

    assertThat(read("A.java")).isEqualTo("class A {\n  int w;\n  int x;\n}\n");
  }

  @Test
  void saysWhichAnchorWasNotFound() {
    workspace().file("A.java", "class A {\n  void run() {}\n}\n");

    assertThatThrownBy(
            () ->
                apply(
                    "*** Begin Patch\n*** Update File: A.java\n@@ void walk()\n-x\n+y\n*** End"
                        + " Patch"))
        .hasMessageContaining(
            "A.java, hunk 1 (@@ void walk()) starting 'x': anchor line '@@ void"
                + " walk()' not found");
  }

  @Test
  void toleratesTrailingWhitespaceDrift() throws Exception {
    workspace().file("a.txt", "keep   \nold\t\nend\n");

    apply("*** Begin Patch\n*** Update File: a.txt\n@@\n keep\n-old\n+new\n*** End Patch");

    assertThat(read("a.txt")).isEqualTo("keep   \nnew\nend\n");
  }

  @Test
  void toleratesIndentationDriftAndKeepsTheFilesContextLines() throws Exception {
    workspace().file("A.java", "class A {\n\tint x = 1;\n\tint y = 2;\n}\n");

    apply(
        """
        *** Begin Patch
        *** Update File: A.java
        @@
            int x = 1;
        -    int y = 2;
        +\tint y = 3;
        *** End Patch
        """);

    assertThat(read("A.java")).isEqualTo("class A {\n\tint x = 1;\n\tint y = 3;\n}\n");
  }

  @Test
  void prefersAnExactMatchOverAWhitespaceTolerantOne() throws Exception {
    workspace().file("a.txt", "  x\nx\n");

    apply("*** Begin Patch\n*** Update File: a.txt\n@@\n-x\n+y\n*** End Patch");

    assertThat(read("a.txt")).isEqualTo("  x\ny\n");
  }

  @Test
  void refusesAHunkThatMatchesInTwoPlaces() {
    workspace().file("a.txt", "x\nsame\ny\nsame\n");

    assertThatThrownBy(
            () ->
                apply("*** Begin Patch\n*** Update File: a.txt\n@@\n-same\n+other\n*** End Patch"))
        .isInstanceOf(GarlicException.class)
        .hasMessageContaining("a.txt, hunk 1 starting 'same': ambiguous, it matches at lines 2, 4")
        .hasMessageContaining("add context lines");
  }

  @Test
  void showsWhereTheFileDepartsFromTheHunk() {
    workspace().file("a.txt", "alpha\nbeta\ngamma\ndelta\n");

    assertThatThrownBy(
            () ->
                apply(
                    """
                    *** Begin Patch
                    *** Update File: a.txt
                    @@
                     beta
                     gamma
                    -epsilon
                    +zeta
                    *** End Patch
                    """))
        .hasMessageContaining("a.txt, hunk 1 starting 'beta': not found")
        .hasMessageContaining(
            "closest: lines 2-3 match its first 2 lines, then line 4 is 'delta' where the"
                + " hunk has 'epsilon'");
  }

  @Test
  void showsTheMostSimilarLinesWhenNothingMatches() {
    workspace().file("A.java", "int count = 0;\nString name;\nint counter = 1;\n");

    assertThatThrownBy(
            () ->
                apply(
                    "*** Begin Patch\n*** Update File: A.java\n@@\n-int count = 2;\n+int count ="
                        + " 3;\n*** End Patch"))
        .hasMessageContaining("not found")
        .hasMessageContaining("lines most like 'int count = 2;':")
        .hasMessageContaining("\n1: int count = 0;")
        .hasMessageContaining("\n3: int counter = 1;")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("String name"));
  }

  @Test
  void changesNothingWhenALaterFileFails() throws Exception {
    workspace().file("a.txt", "a\n").file("b.txt", "b\n");

    assertThatThrownBy(
            () ->
                apply(
                    """
                    *** Begin Patch
                    *** Add File: new.txt
                    +new
                    *** Update File: a.txt
                    @@
                    -a
                    +A
                    *** Delete File: b.txt
                    *** Update File: b.txt
                    @@
                    -missing
                    +x
                    *** End Patch
                    """))
        .isInstanceOf(GarlicException.class);

    assertThat(root.resolve("new.txt")).doesNotExist();
    assertThat(read("a.txt")).isEqualTo("a\n");
    assertThat(read("b.txt")).isEqualTo("b\n");
  }

  @Test
  void changesNothingWhenTheSecondHunkOfAFileFails() throws Exception {
    workspace().file("a.txt", "a\nb\n").file("c.txt", "c\n");

    assertThatThrownBy(
            () ->
                apply(
                    """
                    *** Begin Patch
                    *** Update File: c.txt
                    @@
                    -c
                    +C
                    *** Update File: a.txt
                    @@
                    -a
                    +A
                    @@
                    -zzz
                    +Z
                    *** End Patch
                    """))
        .hasMessageContaining("a.txt, hunk 2 starting 'zzz': not found after line 1");

    assertThat(read("c.txt")).isEqualTo("c\n");
    assertThat(read("a.txt")).isEqualTo("a\nb\n");
  }

  @Test
  void keepsCrlfLineEndings() throws Exception {
    workspace().file("w.txt", "one\r\ntwo\r\nthree\r\n");

    apply("*** Begin Patch\n*** Update File: w.txt\n@@\n one\n-two\n+2\n*** End Patch");

    assertThat(read("w.txt")).isEqualTo("one\r\n2\r\nthree\r\n");
  }

  @Test
  void keepsAMissingFinalNewline() throws Exception {
    workspace().file("n.txt", "a\nb");

    apply("*** Begin Patch\n*** Update File: n.txt\n@@\n a\n-b\n+c\n*** End Patch");

    assertThat(read("n.txt")).isEqualTo("a\nc");
  }

  @Test
  void matchesAnEndOfFileHunkOnlyAtTheEnd() throws Exception {
    workspace().file("a.txt", "x\ny\nx\n");

    apply("*** Begin Patch\n*** Update File: a.txt\n@@\n-x\n+z\n*** End of File\n*** End Patch");

    assertThat(read("a.txt")).isEqualTo("x\ny\nz\n");
  }

  @Test
  void appendsAnInsertionWithoutContextAtTheEnd() throws Exception {
    workspace().file("a.txt", "a\n");

    apply("*** Begin Patch\n*** Update File: a.txt\n@@\n+b\n*** End Patch");

    assertThat(read("a.txt")).isEqualTo("a\nb\n");
  }

  @Test
  void editsTheTargetOfASymlinkAndKeepsTheLink() throws Exception {
    workspace().file("real.txt", "a\n");
    Files.createSymbolicLink(root.resolve("link.txt"), root.resolve("real.txt"));

    apply("*** Begin Patch\n*** Update File: link.txt\n@@\n-a\n+b\n*** End Patch");

    assertThat(Files.isSymbolicLink(root.resolve("link.txt"))).isTrue();
    assertThat(read("real.txt")).isEqualTo("b\n");
  }

  @Test
  void refusesToAddAFileThatExists() {
    workspace().file("a.txt", "a\n");

    assertThatThrownBy(() -> apply("*** Begin Patch\n*** Add File: a.txt\n+b\n*** End Patch"))
        .hasMessageContaining("apply_patch: a.txt: file exists; use '*** Update File:'");
  }

  @Test
  void refusesToUpdateAFileThatIsMissing() {
    assertThatThrownBy(
            () -> apply("*** Begin Patch\n*** Update File: a.txt\n@@\n-a\n+b\n*** End Patch"))
        .hasMessageContaining("apply_patch: a.txt: file not found; use '*** Add File:'");
  }

  @Test
  void refusesToMoveOntoAnExistingFile() {
    workspace().file("a.txt", "a\n").file("b.txt", "b\n");

    assertThatThrownBy(
            () ->
                apply("*** Begin Patch\n*** Update File: a.txt\n*** Move to: b.txt\n*** End Patch"))
        .hasMessageContaining("cannot move a.txt here: the file exists");
  }

  @Test
  void refusesAPathOutsideTheWorkspace() {
    assertThatThrownBy(() -> apply("*** Begin Patch\n*** Add File: ../evil.txt\n+x\n*** End Patch"))
        .hasMessageContaining("outside the workspace");
    assertThat(root.resolveSibling("evil.txt")).doesNotExist();
  }
}
