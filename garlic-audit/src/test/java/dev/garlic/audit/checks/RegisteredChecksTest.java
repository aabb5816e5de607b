package dev.garlic.audit.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.garlic.audit.Check;
import dev.garlic.audit.RuleCatalog;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class RegisteredChecksTest {

  @Test
  void everyCheckIsDiscoveredAndReportsACatalogRule() {
    List<Check> checks =
        ServiceLoader.load(Check.class).stream()
            .map(ServiceLoader.Provider::get)
            .filter(c -> c.getClass().getPackageName().equals("dev.garlic.audit.checks"))
            .toList();
    RuleCatalog catalog = RuleCatalog.shipped();

    assertThat(checks.stream().flatMap(c -> c.rules().stream()).toList())
        .containsExactlyInAnyOrder(
            "weak-cipher",
            "weak-hash",
            "weak-random",
            "insecure-cookie",
            "hard-coded-credentials",
            "tls-verification-disabled",
            "xxe");
    checks.forEach(c -> c.rules().forEach(catalog::get));
  }

  @Test
  void aCancelledRunReturnsEarly() {
    var project =
        CheckHarness.project(
            java.util.Map.of(
                "A.java",
                "class A { void f() throws Exception { javax.crypto.Cipher.getInstance(\"DES\"); } }"),
            java.util.Map.of());
    dev.garlic.spi.Cancellation cancelled = dev.garlic.spi.Cancellation.create();
    cancelled.cancel();

    assertThat(new WeakCipherCheck().run(project, RuleCatalog.shipped(), cancelled)).isEmpty();
  }
}
