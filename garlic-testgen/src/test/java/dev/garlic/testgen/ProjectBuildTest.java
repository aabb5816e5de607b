package dev.garlic.testgen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectBuildTest {

  @Test
  void aMavenFailureShowsTheFirstCompilerErrors() {
    String output =
        """
        [ERROR] COMPILATION ERROR :
        [ERROR] /p/src/main/java/com/acme/Broken.java:[4,11] cannot find symbol
          symbol:   method missing()
        [ERROR] /p/src/main/java/com/acme/Other.java:[7,3] ';' expected
        [ERROR] Failed to execute goal org.apache.maven.plugins:maven-compiler-plugin
        """;

    String message = ProjectBuild.failure(List.of("mvn", "test-compile"), output).getMessage();

    assertThat(message)
        .isEqualTo(
            "the project does not compile ('mvn test-compile' failed); run 'garlic fix' to repair"
                + " it, then try again:\n"
                + "  /p/src/main/java/com/acme/Broken.java:4: cannot find symbol\n"
                + "  /p/src/main/java/com/acme/Other.java:7: ';' expected");
  }

  @Test
  void aGradleFailureShowsJavacErrorsAndAnUnrecognisedOneItsLastLines() {
    String gradle = "/p/src/main/java/A.java:3: error: incompatible types\n  int x = \"\";\n";
    String other = "BUILD FAILURE\nCould not resolve dependencies\n";

    assertThat(ProjectBuild.failure(List.of("gradle"), gradle).getMessage())
        .endsWith("  /p/src/main/java/A.java:3: incompatible types");
    assertThat(ProjectBuild.failure(List.of("mvn"), other).getMessage())
        .endsWith(":\n  BUILD FAILURE\n  Could not resolve dependencies");
  }
}
