package dev.garlic.testgen.vectors;

import static dev.garlic.testgen.vectors.VectorsForTest.context;
import static dev.garlic.testgen.vectors.VectorsForTest.labelled;
import static dev.garlic.testgen.vectors.VectorsForTest.labels;
import static dev.garlic.testgen.vectors.VectorsForTest.make;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CollectionVectorsTest {

  List<String> list;
  Map<String, Integer> map;

  final CollectionVectors strategy = new CollectionVectors();

  @Test
  void givesListsThatAreNullEmptySingleManyAndContainingNull() throws Exception {
    var vectors = strategy.vectors(getClass().getDeclaredField("list").getGenericType(), context());

    assertThat(labels(vectors))
        .contains(
            "null", "empty list", "one element list", "many element list", "list containing null");
    Vector withNull = labelled(vectors, "list containing null");
    assertThat(withNull.source().code()).isEqualTo("new ArrayList<>(Arrays.asList(\"\", null))");
    assertThat(withNull.source().imports())
        .contains("java.util.ArrayList", "java.util.Arrays", "java.util.List");
    assertThat(make(withNull)).isEqualTo(Arrays.asList("", null));
  }

  @Test
  @SuppressWarnings("unchecked")
  void buildsAFreshMutableCollectionForEveryRun() {
    Vector empty = labelled(strategy.vectors(List.class, context()), "empty list");

    Object first = make(empty);
    ((List<Object>) first).add("x");

    assertThat(first).isInstanceOf(ArrayList.class);
    assertThat((List<?>) make(empty)).isEmpty();
  }

  @Test
  void givesMapsAndArrays() throws Exception {
    var maps = strategy.vectors(getClass().getDeclaredField("map").getGenericType(), context());
    var arrays = strategy.vectors(int[].class, context());

    assertThat(make(labelled(maps, "one entry map"))).isEqualTo(Map.of("", 0));
    assertThat(labelled(arrays, "many element array").source().code())
        .isEqualTo("new int[] {0, 1, 0}");
    assertThat((int[]) make(labelled(arrays, "one element array"))).containsExactly(0);
  }
}
