package dev.garlic.index.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PathGlobTest {

  @Test
  void doubleStarCrossesDirectories() {
    PathGlob glob = PathGlob.of("**/time/**");

    assertThat(glob.matches("org/apache/time/StopWatch.java")).isTrue();
    assertThat(glob.matches("time/A.java")).isTrue();
    assertThat(glob.matches("org/timer/A.java")).isFalse();
  }

  @Test
  void singleStarStaysInOneDirectory() {
    PathGlob glob = PathGlob.of("src/*.java");

    assertThat(glob.matches("src/A.java")).isTrue();
    assertThat(glob.matches("src/a/A.java")).isFalse();
  }

  @Test
  void patternWithoutSlashMatchesAnyFileOrDirectoryName() {
    PathGlob glob = PathGlob.of("*Test.java");

    assertThat(glob.matches("src/test/FooTest.java")).isTrue();
    assertThat(glob.matches("src/main/Foo.java")).isFalse();
  }

  @Test
  void plainDirectoryMatchesEverythingUnderIt() {
    PathGlob glob = PathGlob.of("src/main");

    assertThat(glob.matches("src/main/a/A.java")).isTrue();
    assertThat(glob.matches("src/mainly/A.java")).isFalse();
  }

  @Test
  void bracesGiveAlternatives() {
    PathGlob glob = PathGlob.of("*.{java,kt}");

    assertThat(glob.matches("a/A.kt")).isTrue();
    assertThat(glob.matches("a/A.java")).isTrue();
    assertThat(glob.matches("a/A.scala")).isFalse();
  }
}
