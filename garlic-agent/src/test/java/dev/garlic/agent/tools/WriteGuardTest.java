package dev.garlic.agent.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.garlic.agent.context.ConstraintSet;
import dev.garlic.protocol.ErrorCode;
import dev.garlic.spi.EngineContext;
import dev.garlic.spi.GarlicException;
import dev.garlic.spi.Tool;
import dev.garlic.testkit.TestWorkspace;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WriteGuardTest {

  @TempDir Path root;

  private final ConstraintSet constraints = new ConstraintSet();
  private final WriteGuard guard = new WriteGuard(constraints);

  private void writeFile(String path, String content) {
    new WriteFileTool(guard).run(new WriteFileTool.Params(path, content), EngineContext.of(root));
  }

  private void applyPatch(String patch) {
    new ApplyPatchTool(guard).run(new ApplyPatchTool.Params(patch), EngineContext.of(root));
  }

  @Test
  void refusesAWriteThatImportsAForbiddenModuleAndWritesNothing() {
    constraints.addStatedIn("Use the csv module, never pandas.");

    assertThatThrownBy(() -> writeFile("etl/load.py", "import csv\nimport pandas as pd\n"))
        .isInstanceOf(GarlicException.class)
        .satisfies(e -> assertThat(((GarlicException) e).error().code()).isEqualTo(ErrorCode.USAGE))
        .hasMessage(
            "write_file: refused, nothing was written: etl/load.py:2: imports pandas (`import"
                + " pandas as pd`), which breaks the user's constraint \"Use the csv module, never"
                + " pandas.\"; rewrite it without pandas");
    assertThat(root.resolve("etl/load.py")).doesNotExist();
  }

  @Test
  void keepsTheOldContentWhenAReplacementIsRefused() throws Exception {
    TestWorkspace.in(root).file("load.py", "import csv\n");
    constraints.addStatedIn("Never use pandas.");

    assertThatThrownBy(() -> writeFile("load.py", "import pandas\n"))
        .hasMessageContaining("load.py:1");
    assertThat(Files.readString(root.resolve("load.py"))).isEqualTo("import csv\n");
  }

  @Test
  void allowsWritesThatBreakNoConstraint() throws Exception {
    constraints.addStatedIn("Use the csv module, never pandas.");

    writeFile("load.py", "import csv\n# pandas would be easier\n");

    assertThat(Files.readString(root.resolve("load.py"))).startsWith("import csv");
  }

  @Test
  void refusesAWholePatchWhenOneOfItsFilesBreaksAConstraint() throws Exception {
    TestWorkspace.in(root)
        .file("pom.xml", "<project>\n  <dependencies>\n  </dependencies>\n</project>\n");
    constraints.addStatedIn("Don't add a dependency on Guava.");

    assertThatThrownBy(
            () ->
                applyPatch(
                    """
                    *** Begin Patch
                    *** Add File: src/A.java
                    +class A {}
                    *** Update File: pom.xml
                    @@
                       <dependencies>
                    +    <dependency>
                    +      <groupId>com.google.guava</groupId>
                    +      <artifactId>guava</artifactId>
                    +    </dependency>
                       </dependencies>
                    *** End Patch
                    """))
        .hasMessageStartingWith("apply_patch: refused, nothing was written: pom.xml:5:")
        .hasMessageContaining("declares a dependency on com.google.guava:guava")
        .hasMessageContaining("\"Don't add a dependency on Guava.\"")
        .hasMessageEndingWith("remove that dependency and do without Guava");
    assertThat(root.resolve("src/A.java")).doesNotExist();
    assertThat(Files.readString(root.resolve("pom.xml"))).doesNotContain("guava");
  }

  @Test
  void theEnginesWriteToolsEnforceConstraintsAddedAfterTheEngineWasBuilt() {
    Tool write =
        new CoreEngine(new PlanStore(), guard)
            .tools().stream()
                .filter(t -> t.spec().name().equals("write_file"))
                .findFirst()
                .orElseThrow();
    ObjectNode args = JsonNodeFactory.instance.objectNode().put("path", "a.py");
    args.put("content", "import pandas\n");
    write.call(args, EngineContext.of(root));

    constraints.addStatedIn("No pandas.");

    args.put("path", "b.py");
    assertThatThrownBy(() -> write.call(args, EngineContext.of(root)))
        .hasMessageContaining("b.py:1: imports pandas");
    assertThat(root.resolve("a.py")).exists();
    assertThat(root.resolve("b.py")).doesNotExist();
  }

  @Test
  void allowsEditingAFileThatAlreadyBrokeTheConstraintButNotAddingMore() throws Exception {
    TestWorkspace.in(root).file("legacy.py", "import pandas as pd\n\nX = 1\n");
    constraints.addStatedIn("Use the csv module, never pandas.");

    writeFile("legacy.py", "import pandas as pd\n\nX = 2\n");
    assertThatThrownBy(
            () -> writeFile("legacy.py", "import pandas as pd\nfrom pandas import Series\n"))
        .hasMessageContaining("legacy.py:2: imports pandas (`from pandas import Series`)");

    assertThat(Files.readString(root.resolve("legacy.py"))).endsWith("X = 2\n");
  }

  @Test
  void allowsMovingAFileThatAlreadyBrokeTheConstraint() {
    TestWorkspace.in(root).file("old/legacy.py", "import pandas\nX = 1\n");
    constraints.addStatedIn("Never use pandas.");

    applyPatch(
        """
        *** Begin Patch
        *** Update File: old/legacy.py
        *** Move to: new/legacy.py
        @@
         import pandas
        -X = 1
        +X = 2
        *** End Patch
        """);

    assertThat(root.resolve("new/legacy.py")).exists();
    assertThat(root.resolve("old/legacy.py")).doesNotExist();
  }

  @Test
  void theDefaultGuardAllowsEverything() throws Exception {
    new WriteFileTool()
        .run(new WriteFileTool.Params("a.py", "import pandas\n"), EngineContext.of(root));

    assertThat(root.resolve("a.py")).exists();
  }
}
