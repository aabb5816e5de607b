package dev.garlic.testgen.vectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SourceNamesTest {

  List<? extends Number> numbers;
  Map<String, List<Integer>> nested;

  /** A nested type. */
  static final class Inner {}

  @Test
  void namesNestedClassesAndArraysAsSourceDoes() {
    assertThat(SourceNames.simple(Inner.class)).isEqualTo("SourceNamesTest.Inner");
    assertThat(SourceNames.imports(Inner[].class))
        .containsExactly("dev.garlic.testgen.vectors.SourceNamesTest");
    assertThat(SourceNames.simple(int[][].class)).isEqualTo("int[][]");
    assertThat(SourceNames.imports(String.class)).isEmpty();
  }

  @Test
  void writesWildcardsAsQuestionMarksButBuildsElementsOfTheirBound() throws Exception {
    var type = getClass().getDeclaredField("numbers").getGenericType();

    assertThat(SourceNames.generic(type)).isEqualTo("List<?>");
    assertThat(SourceNames.arguments(type)).containsExactly(Number.class);
  }

  @Test
  void writesNestedTypeArgumentsWithTheirImports() throws Exception {
    var type = getClass().getDeclaredField("nested").getGenericType();

    assertThat(SourceNames.generic(type)).isEqualTo("Map<String, List<Integer>>");
    assertThat(SourceNames.genericImports(type)).containsExactly("java.util.Map", "java.util.List");
  }
}
