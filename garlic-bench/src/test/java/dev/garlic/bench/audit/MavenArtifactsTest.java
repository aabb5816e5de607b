package dev.garlic.bench.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class MavenArtifactsTest {

  @Test
  void generatesOneDependencyPerCoordinate() {
    String pom = MavenArtifacts.pom(List.of("a.b:c:1.0", "d:e:2"));

    assertThat(pom)
        .contains("<groupId>a.b</groupId><artifactId>c</artifactId><version>1.0</version>")
        .contains("<groupId>d</groupId><artifactId>e</artifactId><version>2</version>")
        .contains("<packaging>pom</packaging>");
  }

  @Test
  void rejectsCoordinatesWithoutAVersion() {
    assertThatThrownBy(() -> MavenArtifacts.pom(List.of("a.b:c")))
        .hasMessageContaining("want group:artifact:version, got a.b:c");
  }
}
