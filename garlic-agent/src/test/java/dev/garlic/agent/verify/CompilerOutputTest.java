package dev.garlic.agent.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CompilerOutputTest {

  private static final Path ROOT = Path.of("/work/app");

  @Test
  void mavenErrorsAreReadOnceAndMadeRelative() {
    String output =
        """
        [INFO] --- compiler:3.14.1:compile (default-compile) @ app ---
        [ERROR] COMPILATION ERROR :\s
        [ERROR] /work/app/src/main/java/demo/Calculator.java:[13,17] ';' expected
        [ERROR] /work/app/src/main/java/demo/Other.java:[4,1] cannot find symbol
        [INFO] 2 errors
        [ERROR] Failed to execute goal ...: Compilation failure: Compilation failure:\s
        [ERROR] /work/app/src/main/java/demo/Calculator.java:[13,17] ';' expected
        [ERROR] /work/app/src/main/java/demo/Other.java:[4,1] cannot find symbol
        """;

    assertThat(CompilerOutput.parse(output, ROOT))
        .containsExactly(
            new CompileError("src/main/java/demo/Calculator.java", 13, 17, "';' expected"),
            new CompileError("src/main/java/demo/Other.java", 4, 1, "cannot find symbol"));
  }

  @Test
  void javacErrorsAsGradlePrintsThem() {
    String output =
        """
        > Task :compileJava FAILED
        /work/app/src/main/java/demo/A.java:7: error: incompatible types: String cannot be converted to int
                return "x";
                       ^
        1 error
        """;

    assertThat(CompilerOutput.parse(output, ROOT))
        .containsExactly(
            new CompileError(
                "src/main/java/demo/A.java",
                7,
                0,
                "incompatible types: String cannot be converted to int"));
  }

  @Test
  void kotlinAndGoErrors() {
    String output =
        """
        e: file:///work/app/src/main/kotlin/A.kt:3:5 Unresolved reference: foo
        # example.com/calc
        ./calc.go:5:9: undefined: x
        FAIL\texample.com/calc [build failed]
        """;

    assertThat(CompilerOutput.parse(output, ROOT))
        .containsExactly(
            new CompileError("src/main/kotlin/A.kt", 3, 5, "Unresolved reference: foo"),
            new CompileError("./calc.go", 5, 9, "undefined: x"));
  }

  @Test
  void testFailuresAndWarningsAreNoCompileErrors() {
    String output =
        """
        [WARNING] /work/app/src/main/java/demo/A.java:[3,8] deprecated
        [ERROR]   CalculatorTest.addsTwoNumbers:13 2 + 3 ==> expected: <5> but was: <-1>
            calc_test.go:12: got 1, want 2
        """;

    assertThat(CompilerOutput.parse(output, ROOT)).isEmpty();
  }
}
