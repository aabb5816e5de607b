package dev.garlic.audit.checks;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CheckHarnessTest {

  @Test
  void failsWhenAMarkedLineIsNotReported() {
    String source =
        """
        class T {
          void f() throws Exception {
            javax.crypto.Cipher.getInstance("AES/GCM/NoPadding"); // EXPECT: CWE-327
          }
        }
        """;

    assertThatThrownBy(() -> CheckHarness.assertMarkers(new WeakCipherCheck(), source))
        .isInstanceOf(AssertionError.class);
  }

  @Test
  void failsWhenAnUnmarkedLineIsReported() {
    String source =
        """
        class T {
          void f() throws Exception {
            javax.crypto.Cipher.getInstance("DES"); // EXPECT: none
          }
        }
        """;

    assertThatThrownBy(() -> CheckHarness.assertMarkers(new WeakCipherCheck(), source))
        .isInstanceOf(AssertionError.class);
  }
}
