package dev.garlic.workspace.java;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.MethodCallExpr;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavaFrontEndTest {

  private final JavaFrontEnd frontEnd = new JavaFrontEnd();

  @Test
  void parsesRecordsSealedTypesSwitchPatternsAndTextBlocksCleanly() {
    ParsedJava parsed =
        frontEnd.parse(
            "Shapes.java",
            """
            sealed interface Shape permits Square {}
            record Square(int side) implements Shape {}
            class Area {
              int of(Shape shape) {
                String unit = \"""
                    cm\""";
                return switch (shape) {
                  case Square(int side) when side > 0 -> side * side;
                  default -> 0;
                };
              }
            }
            """);

    assertThat(parsed.clean()).isTrue();
    assertThat(parsed.compilationUnit().getTypes()).hasSize(3);
  }

  @Test
  void reportsEachSyntaxErrorOnOneLineWithItsLineNumber() {
    ParsedJava parsed =
        frontEnd.parse("Foo.java", "class Foo {\n  void m() {\n    int x = ;\n  }\n}\n");

    assertThat(parsed.compilationUnit()).isNotNull();
    assertThat(parsed.problems())
        .singleElement()
        .asString()
        .startsWith("line 3: ")
        .doesNotContain("\n");
  }

  @Test
  void keepsTheDeclarationsBeforeABrokenDeclaration() {
    ParsedJava parsed =
        frontEnd.parse(
            "Foo.java", "class Good { void ok() {} }\nclass Bad {\n  int x\n  void m() {}\n}\n");

    assertThat(parsed.compilationUnit()).isNotNull();
    assertThat(parsed.compilationUnit().getClassByName("Good")).isPresent();
    assertThat(parsed.problems()).isNotEmpty();
  }

  @Test
  void attachesJavadocToTheDeclarationItDocuments() {
    CompilationUnit unit =
        frontEnd
            .parse("Foo.java", "class Foo {\n  /** Adds. */\n  int add() { return 1; }\n}\n")
            .compilationUnit();

    MethodDeclaration add = unit.findFirst(MethodDeclaration.class).orElseThrow();
    assertThat(add.getJavadocComment()).map(c -> c.getContent().strip()).contains("Adds.");
  }

  @Test
  void typeSolvingResolvesAgainstTheJdkAndSourceRoots(@TempDir Path root) throws IOException {
    Path helper = Files.createDirectories(root.resolve("p")).resolve("Helper.java");
    Files.writeString(
        helper, "package p;\npublic class Helper { public String help() { return \"\"; } }\n");
    JavaFrontEnd solving = JavaFrontEnd.withTypeSolving(List.of(), List.of(root));

    CompilationUnit unit =
        solving
            .parse(
                "p/Use.java",
                "package p;\nclass Use { int m(Helper h) { return h.help().length(); } }\n")
            .compilationUnit();

    List<String> resolved =
        unit.findAll(MethodCallExpr.class).stream()
            .map(call -> call.resolve().getQualifiedSignature())
            .toList();
    assertThat(resolved).containsExactlyInAnyOrder("java.lang.String.length()", "p.Helper.help()");
    assertThat(solving.problems()).isEmpty();
  }

  @Test
  void typeSolvingSkipsJarsThatCannotBeOpenedAndSaysSo(@TempDir Path dir) throws IOException {
    Path notAJar = Files.writeString(dir.resolve("broken.jar"), "not a zip");

    JavaFrontEnd solving =
        JavaFrontEnd.withTypeSolving(List.of(notAJar), List.of(dir.resolve("missing")));

    assertThat(solving.problems()).hasSize(2);
    assertThat(solving.problems().get(0)).contains("missing").contains("skipped");
    assertThat(solving.problems().get(1)).contains("broken.jar").contains("skipped");
    ParsedJava parsed = solving.parse("Foo.java", "class Foo { String s = \"\".trim(); }");
    assertThat(
            parsed
                .compilationUnit()
                .findFirst(ClassOrInterfaceDeclaration.class)
                .orElseThrow()
                .resolve()
                .getQualifiedName())
        .isEqualTo("Foo");
  }
}
