package dev.garlic.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.garlic.protocol.code.References;
import dev.garlic.protocol.code.SymbolDef;
import dev.garlic.protocol.code.SymbolRef;
import dev.garlic.testkit.TestWorkspace;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferencesTest {

  @TempDir static Path dir;
  private static CodeIndex index;

  @BeforeAll
  static void indexUses() {
    TestWorkspace files =
        TestWorkspace.in(dir)
            .file("a/Foo.java", "def class a.Foo\ndef method a.Foo#run()\n")
            .file("b/Bar.java", "def class b.Bar\ndef method b.Bar#run()\n")
            .file(
                "c/Use.java",
                """
                ref call run -> a.Foo#run
                ref call run -> b.Bar#run
                ref call run ? a.Foo#run,x.Y#run
                ref call run ? b.Bar#run
                ref call run
                ref call run ? z.Ext#run
                ref type_use Foo -> a.Foo
                """)
            .file(
                "d/Sub.java",
                "def class d.Sub\ndef method d.Sub#run()\nref overrides run -> a.Foo#run\n");
    index = new Fixture(files).open();
    index.update();
  }

  @AfterAll
  static void close() {
    index.close();
  }

  private static List<String> at(List<SymbolRef> refs) {
    return refs.stream().map(r -> r.location().toString()).toList();
  }

  @Test
  void resolvesUsesWhoseTargetOrCandidateIsTheDefinition() {
    References refs = index.snapshot().references("a.Foo#run", 100);

    assertThat(refs.targets()).extracting(SymbolDef::qualifiedName).containsExactly("a.Foo#run()");
    assertThat(at(refs.references()))
        .containsExactly("c/Use.java:1", "c/Use.java:3", "d/Sub.java:3");
  }

  @Test
  void listsUnresolvedUsesApartAsPossible() {
    References refs = index.snapshot().references("a.Foo#run", 100);

    assertThat(at(refs.possible())).containsExactly("c/Use.java:5", "c/Use.java:6");
  }

  @Test
  void includesOverridingDeclarations() {
    References refs = index.snapshot().references("a.Foo#run", 100);

    assertThat(refs.references())
        .filteredOn(r -> r.location().path().equals("d/Sub.java"))
        .singleElement()
        .satisfies(r -> assertThat(r.kind().name()).isEqualTo("OVERRIDES"));
  }

  @Test
  void resolvesASimpleNameToEveryDefinitionOfIt() {
    References refs = index.snapshot().references("run", 100);

    assertThat(refs.targets()).hasSize(3);
    assertThat(at(refs.references()))
        .containsExactly(
            "c/Use.java:1", "c/Use.java:2", "c/Use.java:3", "c/Use.java:4", "d/Sub.java:3");
  }

  @Test
  void resolvesAPartlyQualifiedName() {
    assertThat(at(index.snapshot().references("Foo#run", 100).references()))
        .containsExactly("c/Use.java:1", "c/Use.java:3", "d/Sub.java:3");
  }

  @Test
  void findsUsesOfATypeWithoutMixingInItsMethods() {
    assertThat(at(index.snapshot().references("a.Foo", 100).references()))
        .containsExactly("c/Use.java:7");
  }

  @Test
  void returnsAtMostTheLimit() {
    assertThat(index.snapshot().references("run", 2).references()).hasSize(2);
  }

  @Test
  void returnsNoTargetsForAnUndefinedSymbol() {
    References refs = index.snapshot().references("Missing", 100);

    assertThat(refs.targets()).isEmpty();
    assertThat(refs.references()).isEmpty();
  }
}
