package dev.garlic.testgen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.garlic.protocol.ErrorCode;
import dev.garlic.spi.GarlicException;
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
    String other = "BUILD FAILURE\nUnknown lifecycle phase \"x\"\n";

    assertThat(ProjectBuild.failure(List.of("gradle"), gradle).getMessage())
        .endsWith("  /p/src/main/java/A.java:3: incompatible types");
    assertThat(ProjectBuild.failure(List.of("mvn"), other).getMessage())
        .endsWith(":\n  Unknown lifecycle phase \"x\"");
  }

  @Test
  void anUnrecognisedMavenFailureShowsItsCauseNotMavensAdvice() {
    String output =
        """
        [ERROR] COMPILATION ERROR :
        [ERROR] Source option 5 is no longer supported. Use 7 or later.
        [ERROR] Failed to execute goal org.apache.maven.plugins:maven-compiler-plugin:3.1:compile
        [ERROR] -> [Help 1]
        [ERROR]
        [ERROR] Re-run Maven using the -X switch to enable full debug logging.
        [ERROR] For more information about the errors and possible solutions, please read:
        [ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoFailureException
        [0m[0m""";

    assertThat(ProjectBuild.failure(List.of("mvn"), output).getMessage())
        .endsWith(
            ":\n  Source option 5 is no longer supported. Use 7 or later.\n  Failed to execute goal"
                + " org.apache.maven.plugins:maven-compiler-plugin:3.1:compile");
  }

  @Test
  void dependenciesMissingOfflineAreAnEnvironmentErrorNotACompileError() {
    String output =
        "[ERROR] Failed to execute goal on project money: Could not resolve dependencies for"
            + " project com.acme:money:jar:1.0: Cannot access central in offline mode";

    GarlicException e = ProjectBuild.failure(List.of("mvn", "-o", "test-compile"), output);

    assertThat(e.error().code()).isEqualTo(ErrorCode.ENVIRONMENT);
    assertThat(e.getMessage())
        .isEqualTo(
            "the build could not resolve its dependencies offline ('mvn -o test-compile'); build"
                + " the project once with network access, then try again");
  }
}
