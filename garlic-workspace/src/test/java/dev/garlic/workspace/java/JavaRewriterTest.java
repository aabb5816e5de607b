package dev.garlic.workspace.java;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.type.PrimitiveType;
import dev.garlic.spi.GarlicException;
import org.junit.jupiter.api.Test;

class JavaRewriterTest {

  private static final String SOURCE =
      """
      package p;

      // Odd   spacing and comments stay as they are.
      public class Calc {
          /** Adds. */
          public int add(int a,int b)   { return a+b; }   // trailing

          int    twice(int x) {
              return add(x,  x);
          }
      }
      """;

  private final JavaRewriter rewriter = new JavaRewriter();

  @Test
  void renamingAMethodChangesOnlyItsName() {
    String result =
        rewriter.rewrite(
            SOURCE,
            unit ->
                unit.findAll(MethodDeclaration.class, m -> m.getNameAsString().equals("twice"))
                    .forEach(m -> m.setName("doubled")));

    assertThat(result).isEqualTo(SOURCE.replace("int    twice(", "int    doubled("));
  }

  @Test
  void addingAParameterChangesOnlyThatParameterList() {
    String result =
        rewriter.rewrite(
            SOURCE,
            unit ->
                unit.findAll(MethodDeclaration.class, m -> m.getNameAsString().equals("twice"))
                    .forEach(m -> m.addParameter(new Parameter(PrimitiveType.intType(), "y"))));

    assertThat(result).isEqualTo(SOURCE.replace("twice(int x)", "twice(int x, int y)"));
  }

  @Test
  void refusesSourceWithASyntaxErrorNamingTheLine() {
    assertThatThrownBy(() -> rewriter.rewrite("class A {\n  void m( {}\n}\n", unit -> {}))
        .isInstanceOf(GarlicException.class)
        .hasMessageContaining("line 2")
        .hasMessageContaining("fix it first");
  }
}
