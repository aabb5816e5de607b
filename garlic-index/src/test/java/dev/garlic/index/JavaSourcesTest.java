package dev.garlic.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.garlic.index.search.SearchQuery;
import dev.garlic.protocol.code.RefKind;
import dev.garlic.protocol.code.References;
import dev.garlic.protocol.code.SearchHit;
import dev.garlic.protocol.code.SymbolDef;
import dev.garlic.protocol.code.SymbolKind;
import dev.garlic.spi.Reporter;
import dev.garlic.spi.Settings;
import dev.garlic.testkit.TestWorkspace;
import dev.garlic.workspace.Workspace;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index over real Java sources, outlined by the workspace's front ends. */
class JavaSourcesTest {

  @TempDir static Path dir;
  private static CodeIndex index;

  @BeforeAll
  static void indexJavaSources() {
    TestWorkspace.in(dir)
        .file(
            "src/com/acme/StringUtils.java",
            """
            package com.acme;

            /** Text utilities. */
            public class StringUtils {
              /** Checks whether the text is blank. */
              public static boolean isBlank(CharSequence cs) {
                return cs == null || cs.toString().trim().isEmpty();
              }
            }
            """)
        .file(
            "src/com/acme/app/App.java",
            """
            package com.acme.app;

            import com.acme.StringUtils;

            class App {
              boolean empty(String s) {
                return StringUtils.isBlank(s);
              }
            }
            """)
        .file(
            "src/com/acme/Shapes.java",
            """
            package com.acme;

            interface Shape {
              double area();
            }

            class Circle implements Shape {
              @Override
              public double area() {
                return 3.14;
              }
            }
            """);
    index = CodeIndex.open(Workspace.open(dir), Settings.EMPTY, Reporter.SILENT);
    index.update();
  }

  @AfterAll
  static void close() {
    index.close();
  }

  @Test
  void findsClassesAndMethodsByQualifiedName() {
    assertThat(index.snapshot().definitionsQualified("com.acme.StringUtils"))
        .singleElement()
        .satisfies(d -> assertThat(d.kind()).isEqualTo(SymbolKind.CLASS));
    assertThat(index.snapshot().definitionsNamed("isBlank"))
        .extracting(SymbolDef::qualifiedName)
        .containsExactly("com.acme.StringUtils#isBlank(CharSequence)");
  }

  @Test
  void resolvesACallFromAnotherPackage() {
    References refs = index.snapshot().references("com.acme.StringUtils#isBlank", 100);

    assertThat(refs.references())
        .extracting(r -> r.location().path() + ":" + r.location().line())
        .contains("src/com/acme/app/App.java:7");
  }

  @Test
  void findsTheImplementationOfAnInterface() {
    References refs = index.snapshot().references("com.acme.Shape", 100);

    assertThat(refs.references())
        .extracting(r -> r.location().path() + ":" + r.location().line())
        .contains("src/com/acme/Shapes.java:7");
  }

  @Test
  void findsTheOverridingMethod() {
    References refs = index.snapshot().references("com.acme.Shape#area", 100);

    assertThat(refs.references())
        .anySatisfy(
            r -> {
              assertThat(r.kind()).isEqualTo(RefKind.OVERRIDES);
              assertThat(r.location().path()).isEqualTo("src/com/acme/Shapes.java");
            });
  }

  @Test
  void searchPutsTheDefinitionFirst() {
    SearchHit first = index.snapshot().search(SearchQuery.of("isBlank", 10)).hits().get(0);

    assertThat(first.symbol()).isNotNull();
    assertThat(first.path()).isEqualTo("src/com/acme/StringUtils.java");
    assertThat(first.lines()).extracting(SearchHit.Line::number).containsExactly(6);
  }

  @Test
  void camelHumpsFindTheClass() {
    assertThat(index.snapshot().symbols("SU", null, 5))
        .extracting(SymbolDef::qualifiedName)
        .contains("com.acme.StringUtils");
  }
}
