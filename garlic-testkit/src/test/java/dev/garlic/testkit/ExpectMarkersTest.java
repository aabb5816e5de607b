package dev.garlic.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.garlic.testkit.ExpectMarkers.Expectation;
import org.junit.jupiter.api.Test;

class ExpectMarkersTest {

  @Test
  void trailingMarkerAppliesToItsOwnLine() {
    String source = "class A {\n  void f() { run(x); // EXPECT: CWE-78\n  }\n}\n";

    assertThat(ExpectMarkers.parse(source)).containsExactly(new Expectation(2, "CWE-78"));
  }

  @Test
  void markerAloneOnALineAppliesToTheNextLine() {
    String source = "class A {\n  // EXPECT: none\n  void f() {}\n}\n";

    assertThat(ExpectMarkers.parse(source)).containsExactly(new Expectation(3, "none"));
  }
}
