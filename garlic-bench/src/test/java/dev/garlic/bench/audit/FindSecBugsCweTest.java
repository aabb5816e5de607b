package dev.garlic.bench.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FindSecBugsCweTest {

  @Test
  void filesNarrowerPeerCwesUnderGarlicsCategories() {
    assertThat(FindSecBugsCwe.of("SQL_INJECTION_HIBERNATE")).contains(89);
    assertThat(FindSecBugsCwe.of("TDES_USAGE")).contains(327);
    assertThat(FindSecBugsCwe.of("HARD_CODE_KEY")).contains(798);
    assertThat(FindSecBugsCwe.of("PT_RELATIVE_PATH_TRAVERSAL")).contains(22);
  }

  @Test
  void leavesBugTypesOutsideTheCatalogUnscored() {
    assertThat(FindSecBugsCwe.of("SPRING_ENDPOINT")).isEmpty();
    assertThat(FindSecBugsCwe.of("HTTPONLY_COOKIE")).isEmpty();
  }
}
