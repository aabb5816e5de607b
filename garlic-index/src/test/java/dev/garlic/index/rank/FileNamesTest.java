package dev.garlic.index.rank;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FileNamesTest {

  private static final List<String> PATHS =
      List.of(
          "src/main/java/a/StringUtils.java",
          "src/main/java/a/Strings.java",
          "src/test/java/a/StringUtilsTest.java",
          "src/test/java/a/StringUtilsSubstringTest.java",
          "lib/app/core.py",
          "tests/test_core.py");

  private final FileNames names = new FileNames(PATHS);

  private static List<String> paths(List<Integer> ids) {
    return ids.stream().map(PATHS::get).toList();
  }

  @Test
  void pairsATestWithTheClassNamedLikeIt() {
    assertThat(paths(names.testedBy("src/test/java/a/StringUtilsTest.java")))
        .containsExactly("src/main/java/a/StringUtils.java");
  }

  @Test
  void pairsATopicTestWithTheClassOfItsLeadingWords() {
    assertThat(paths(names.testedBy("src/test/java/a/StringUtilsSubstringTest.java")))
        .containsExactly("src/main/java/a/StringUtils.java");
  }

  @Test
  void pairsPythonTestModules() {
    assertThat(paths(names.testedBy("tests/test_core.py"))).containsExactly("lib/app/core.py");
  }

  @Test
  void resolvesAnAbsolutePathFromAnotherMachineToTheLongestMatchingFile() {
    assertThat(paths(names.resolve("/home/ci/work/lib/app/core.py")))
        .containsExactly("lib/app/core.py");
  }

  @Test
  void resolvesAFileNameToEveryFileOfThatName() {
    assertThat(paths(names.resolve("StringUtils.java")))
        .containsExactly("src/main/java/a/StringUtils.java");
  }
}
