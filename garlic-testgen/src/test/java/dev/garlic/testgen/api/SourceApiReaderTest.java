package dev.garlic.testgen.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.garlic.testgen.model.TargetProject;
import dev.garlic.testkit.TestWorkspace;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceApiReaderTest {

  @TempDir Path dir;

  private ClassApi read(String className, String path, String source) {
    TestWorkspace ws = TestWorkspace.in(dir).file("src/" + path, source);
    TargetProject project =
        new TargetProject(
            dir, List.of(ws.resolve("src")), List.of(), List.of(), List.of(), dir.resolve("test"));
    return new SourceApiReader().read(project, className);
  }

  @Test
  void readsDocumentedThrowsWithTheirConditions() {
    ClassApi api =
        read(
            "com.acme.Account",
            "com/acme/Account.java",
            """
            package com.acme;
            public class Account {
              /**
               * Takes money out.
               *
               * @param amount how much
               * @throws IllegalArgumentException if {@code amount} &lt; 0.
               * @throws IllegalStateException when the account is closed
               */
              public void withdraw(long amount) {}
              private void hidden(int x) {}
            }
            """);

    assertThat(api.found()).isTrue();
    assertThat(api.methods()).extracting(MethodApi::name).containsExactly("withdraw");
    assertThat(api.contracts())
        .containsExactly(
            new Contract(
                "withdraw", List.of("amount"), "IllegalArgumentException", "amount < 0", "javadoc"),
            new Contract(
                "withdraw",
                List.of("amount"),
                "IllegalStateException",
                "the account is closed",
                "javadoc"));
  }

  @Test
  void readsPreconditionsInTheCode() {
    ClassApi api =
        read(
            "com.acme.Money",
            "com/acme/Money.java",
            """
            package com.acme;
            import java.util.Objects;
            import static com.google.common.base.Preconditions.checkArgument;
            public class Money {
              public Money(long cents, String currency) {
                Objects.requireNonNull(currency, "currency");
                if (cents < 0) {
                  throw new IllegalArgumentException("negative");
                }
                checkArgument(currency.length() == 3);
              }
            }
            """);

    assertThat(api.contracts())
        .extracting(Contract::method, Contract::exception, Contract::condition)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                "<init>", "NullPointerException", "currency is null"),
            org.assertj.core.groups.Tuple.tuple("<init>", "IllegalArgumentException", "cents < 0"),
            org.assertj.core.groups.Tuple.tuple(
                "<init>", "IllegalArgumentException", "not (currency.length() == 3)"));
  }

  @Test
  void collectsComparisonLiteralsStringsNullnessEnumConstantsAndConstants() {
    ClassApi api =
        read(
            "com.acme.Level",
            "com/acme/Level.java",
            """
            package com.acme;
            public enum Level {
              LOW, HIGH;
              public static final int LIMIT = 7;
              public static Level of(int score, @Nullable String name) {
                if (score >= 100 || score < -5) { return HIGH; }
                switch (score) { case 42: return LOW; default: }
                return "high".equals(name) ? HIGH : LOW;
              }
            }
            """);

    assertThat(api.numbers()).containsExactly(100.0, -5.0, 42.0);
    assertThat(api.strings()).containsExactly("high");
    assertThat(api.enumConstants()).containsExactly("LOW", "HIGH");
    assertThat(api.constants()).containsExactly("LIMIT");
    assertThat(api.methods().getFirst().nullable()).containsExactly("name");
  }

  @Test
  void findsNestedClassesAndReportsMissingSource() {
    ClassApi nested =
        read(
            "com.acme.Outer$Inner",
            "com/acme/Outer.java",
            """
            package com.acme;
            public class Outer {
              public static class Inner {
                public int size(int limit) { return limit > 9 ? 9 : limit; }
              }
            }
            """);

    assertThat(nested.methods()).extracting(MethodApi::name).containsExactly("size");
    assertThat(nested.numbers()).containsExactly(9.0);
    assertThat(
            read("com.acme.Missing", "com/acme/Other.java", "package com.acme; class Other {}")
                .found())
        .isFalse();
  }
}
