package dev.garlic.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FingerprintsTest {

  @Test
  void isTheFirstSixteenHexDigitsOfTheSha256OfTheJoinedParts() {
    // printf 'sql-injection|A.java|A.f()|s.executeQuery(x)' | sha256sum
    assertThat(Fingerprints.of("sql-injection", "A.java", "A.f()", "s.executeQuery(x)"))
        .isEqualTo("2d58ee9325d4fc22");
  }

  @Test
  void ignoresWhitespaceInTheSinkCode() {
    assertThat(Fingerprints.of("r", "p", "m", "s.executeQuery( a +\n   b )"))
        .isEqualTo(Fingerprints.of("r", "p", "m", "s.executeQuery(a + b)"));
  }

  @Test
  void differsWhenTheEnclosingMethodDiffers() {
    assertThat(Fingerprints.of("r", "p", "m1()", "x"))
        .isNotEqualTo(Fingerprints.of("r", "p", "m2()", "x"));
  }
}
