package dev.garlic.agent.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestSelectorTest {

  @TempDir Path root;

  private void write(String path) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "");
  }

  private void multiModuleMaven() throws IOException {
    Files.writeString(
        root.resolve("pom.xml"),
        "<project><modules><module>core</module><module>app</module></modules></project>");
    Files.createDirectories(root.resolve("core"));
    Files.createDirectories(root.resolve("app"));
    Files.writeString(
        root.resolve("core/pom.xml"), "<project><artifactId>core</artifactId></project>");
    Files.writeString(
        root.resolve("app/pom.xml"), "<project><artifactId>app</artifactId></project>");
  }

  @Test
  void mavenPairsChangedClassesWithTheirTestsByModule() throws IOException {
    multiModuleMaven();
    write("core/src/main/java/x/Parser.java");
    write("core/src/test/java/x/ParserTest.java");
    write("app/src/main/java/y/Main.java");
    write("app/src/test/java/y/MainIT.java");
    write("app/src/main/java/y/Orphan.java");

    TestSelection selection =
        new TestSelector(root, TestFramework.MAVEN)
            .select(
                List.of(
                    "core/src/main/java/x/Parser.java",
                    "app/src/main/java/y/Main.java",
                    "app/src/main/java/y/Orphan.java",
                    "README.md"));

    assertThat(selection.testsByModule())
        .isEqualTo(Map.of("core", List.of("ParserTest"), "app", List.of("MainIT")));
    assertThat(selection.unpaired()).containsExactly("app/src/main/java/y/Orphan.java");
  }

  @Test
  void aChangedTestSelectsItselfUnlessItWasDeleted() throws IOException {
    multiModuleMaven();
    write("core/src/test/java/x/LexerTest.java");

    TestSelection selection =
        new TestSelector(root, TestFramework.MAVEN)
            .select(
                List.of(
                    "core/src/test/java/x/LexerTest.java", "core/src/test/java/x/GoneTest.java"));

    assertThat(selection.tests()).containsExactly("LexerTest");
    assertThat(selection.modules()).containsExactly("core");
  }

  @Test
  void pytestPairsModulesWithTestFilesAnywhere() throws IOException {
    write("pyproject.toml");
    write("calc/ops.py");
    write("tests/unit/test_ops.py");
    write("tests/test_direct.py");
    write("calc/lonely.py");

    TestSelection selection =
        new TestSelector(root, TestFramework.PYTEST)
            .select(List.of("calc/ops.py", "tests/test_direct.py", "calc/lonely.py"));

    assertThat(selection.tests()).containsExactly("tests/unit/test_ops.py", "tests/test_direct.py");
    assertThat(selection.unpaired()).containsExactly("calc/lonely.py");
  }

  @Test
  void goSelectsThePackagesOfChangedFiles() throws IOException {
    write("go.mod");
    write("calc/add.go");
    write("calc/add_test.go");
    write("main.go");

    TestSelection selection =
        new TestSelector(root, TestFramework.GO)
            .select(List.of("calc/add.go", "calc/add_test.go", "main.go", "docs/x.md"));

    assertThat(selection.tests()).containsExactly("./calc", ".");
  }

  @Test
  void npmIsNeverNarrowed() {
    assertThat(new TestSelector(root, TestFramework.NPM).select(List.of("src/a.js")).isEmpty())
        .isTrue();
  }
}
