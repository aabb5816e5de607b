package dev.garlic.audit.constant;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.garlic.audit.constant.Declarations.Declaration;
import dev.garlic.audit.constant.Declarations.Kind;
import dev.garlic.workspace.java.JavaFrontEnd;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeclarationsTest {

  private static List<Optional<Declaration>> sinks(String source) {
    CompilationUnit cu = new JavaFrontEnd().parse("T.java", source).compilationUnit();
    return cu.findAll(MethodCallExpr.class, m -> m.getNameAsString().equals("sink")).stream()
        .map(m -> Declarations.resolve(m.getArgument(0)))
        .toList();
  }

  @Test
  void resolvesLocalsParametersAndFieldsByJavaScoping() {
    List<Optional<Declaration>> found =
        sinks(
            """
            class T {
              String x = "field";
              void f(String p) {
                sink(x);
                String x = "local";
                sink(x);
                sink(this.x);
                sink(p);
                Runnable r = () -> { sink(x); };
                for (String each : java.util.List.of("a")) { sink(each); }
                try { } catch (RuntimeException e) { sink(e); }
                new Object() { String x = "inner"; void g() { sink(x); } };
              }
            }
            """);

    assertThat(found).allMatch(Optional::isPresent);
    assertThat(found.stream().map(d -> d.get().kind()).toList())
        .containsExactly(
            Kind.FIELD,
            Kind.LOCAL,
            Kind.FIELD,
            Kind.PARAMETER,
            Kind.LOCAL,
            Kind.LOCAL,
            Kind.PARAMETER,
            Kind.FIELD);
    assertThat(found.get(7).get().initializer().orElseThrow().toString()).isEqualTo("\"inner\"");
  }

  @Test
  void aPatternVariableMakesTheNameUnresolved() {
    assertThat(
            sinks(
                """
                class T {
                  String s;
                  void f(Object o) { if (o instanceof String s) { sink(s); } }
                }
                """))
        .containsExactly(Optional.empty());
  }
}
