package dev.garlic.workspace.treesitter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameTextTest {

  @Test
  void splitsQualifiedNamesOfEveryNotation() {
    assertThat(NameText.segments("geo::Shape::area")).containsExactly("geo", "Shape", "area");
    assertThat(NameText.segments("App\\Models")).containsExactly("App", "Models");
    assertThat(NameText.segments("Acme.Shop")).containsExactly("Acme", "Shop");
  }

  @Test
  void namesAReceiverTypeWithoutPointerOrTypeArguments() {
    assertThat(NameText.typeName("*Stack[T]")).isEqualTo("Stack");
    assertThat(NameText.typeName("Map<K, V>")).isEqualTo("Map");
  }

  @Test
  void cleansImportsOfQuotesAndKeywords() {
    assertThat(NameText.cleanImport("'@angular/core'")).isEqualTo("@angular/core");
    assertThat(NameText.cleanImport("<stdio.h>")).isEqualTo("stdio.h");
    assertThat(NameText.cleanImport("import scala.collection.mutable"))
        .isEqualTo("scala.collection.mutable");
  }

  @Test
  void recognisesConstantCase() {
    assertThat(NameText.isConstantCase("MAX_SIZE")).isTrue();
    assertThat(NameText.isConstantCase("MaxSize")).isFalse();
    assertThat(NameText.isConstantCase("X")).isFalse();
  }
}
