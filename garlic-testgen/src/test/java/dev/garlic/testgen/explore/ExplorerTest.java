package dev.garlic.testgen.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.garlic.spi.Cancellation;
import dev.garlic.spi.GarlicException;
import dev.garlic.testgen.model.DropReason;
import dev.garlic.testgen.model.Dropped;
import dev.garlic.testgen.model.GeneratedSuite;
import dev.garlic.testgen.model.Outcome;
import dev.garlic.testgen.model.SuspectedBug;
import dev.garlic.testgen.model.TargetProject;
import dev.garlic.testgen.model.TestCase;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end on small compiled fixtures: each test starts real child JVMs (about 2 to 4 s each),
 * because containment and coverage feedback only exist there.
 */
class ExplorerTest {

  @TempDir static Path dir;
  static TargetProject project;

  static final Explorer EXPLORER =
      new Explorer(new Explorer.Settings(Duration.ofMillis(700), 4, 7));

  @BeforeAll
  static void compile() {
    project =
        new FixtureProject(dir)
            .source(
                "com/acme/Money.java",
                """
                package com.acme;

                import java.util.Objects;

                /** An amount of cents. */
                public final class Money {
                  private final long cents;

                  /** @throws IllegalArgumentException if cents < 0 */
                  public Money(long cents) {
                    if (cents < 0) {
                      throw new IllegalArgumentException("negative cents");
                    }
                    this.cents = cents;
                  }

                  public long getCents() {
                    return cents;
                  }

                  public boolean isZero() {
                    return cents == 0;
                  }

                  /**
                   * Adds.
                   *
                   * @throws IllegalArgumentException if amount < 0
                   */
                  public Money add(long amount) {
                    if (amount < 0) {
                      throw new IllegalArgumentException("negative amount");
                    }
                    return new Money(cents + amount);
                  }

                  /**
                   * Takes away; the documentation promises a check the code does not make.
                   *
                   * @throws IllegalArgumentException if {@code amount} is negative
                   */
                  public Money withdraw(long amount) {
                    return new Money(Math.max(0, cents - amount));
                  }

                  public String label(@Nullable String prefix) {
                    return prefix.strip() + cents;
                  }

                  public String format(String currency) {
                    Objects.requireNonNull(currency);
                    if (cents > 100000) {
                      return "lots of " + currency;
                    }
                    return cents / 100 + "." + cents % 100 + " " + currency;
                  }
                }
                """)
            .source(
                "com/acme/Nullable.java",
                """
                package com.acme;

                import java.lang.annotation.ElementType;
                import java.lang.annotation.Target;

                @Target(ElementType.PARAMETER)
                public @interface Nullable {}
                """)
            .source(
                "com/acme/Looper.java",
                """
                package com.acme;

                public class Looper {
                  public int spin(int n) {
                    int i = 0;
                    while (n != 3) {
                      i++;
                    }
                    return i;
                  }

                  public int twice(int n) {
                    return 2 * n;
                  }
                }
                """)
            .source(
                "com/acme/Quitter.java",
                """
                package com.acme;

                public class Quitter {
                  public void quit(boolean really) {
                    if (really) {
                      System.exit(3);
                    }
                  }

                  public String greet(String name) {
                    return name == null ? "hello" : "hello " + name;
                  }
                }
                """)
            .source(
                "com/acme/Dice.java",
                """
                package com.acme;

                import java.util.Random;

                public class Dice {
                  public int roll() {
                    return face(new Random());
                  }

                  private int face(Random random) {
                    return 1 + random.nextInt(6);
                  }

                  public int sides() {
                    return 6;
                  }
                }
                """)
            .source(
                "com/acme/Shape.java",
                """
                package com.acme;

                public interface Shape {
                  int area();
                }
                """)
            .source(
                "com/acme/Square.java",
                """
                package com.acme;

                public class Square implements Shape {
                  private final int side;

                  public Square(int side) {
                    this.side = side;
                  }

                  @Override
                  public int area() {
                    return side * side;
                  }
                }
                """)
            .source(
                "com/acme/Unimplemented.java",
                """
                package com.acme;

                public abstract class Unimplemented {
                  public abstract int size();

                  public static int twice(int n) {
                    return n * 2;
                  }
                }
                """)
            .compile();
  }

  private static GeneratedSuite moneySuite;

  /** Money is explored once for the tests that read different parts of its suite. */
  private static synchronized GeneratedSuite money() {
    if (moneySuite == null) {
      moneySuite = explore("com.acme.Money");
    }
    return moneySuite;
  }

  private static GeneratedSuite explore(String className) {
    return EXPLORER.explore(
        project, className, Duration.ofSeconds(2), new LocalRunner(), Cancellation.create());
  }

  @Test
  void findsTestsThatAssertPreconditionsAndReturnedValues() {
    GeneratedSuite suite = money();

    assertThat(suite.explored()).isGreaterThan(10);
    assertThat(suite.tests())
        .extracting(TestCase::description)
        .contains("new Money throws IllegalArgumentException for negative cents")
        .anyMatch(d -> d.startsWith("add throws IllegalArgumentException for"));
    assertThat(suite.tests())
        .filteredOn(t -> t.outcome() instanceof Outcome.Returns r && !r.assertions().isEmpty())
        .isNotEmpty();
    assertThat(suite.tests()).filteredOn(t -> t.origin().equals("contract")).isNotEmpty();
  }

  @Test
  void reportsADocumentedThrowsTheCodeDoesNotHonourAsASuspectedBug() {
    GeneratedSuite suite = money();

    assertThat(suite.bugs()).extracting(SuspectedBug::method).contains("withdraw(long)");
    SuspectedBug bug =
        suite.bugs().stream()
            .filter(b -> b.method().equals("withdraw(long)"))
            .findFirst()
            .orElseThrow();
    assertThat(bug.contract()).isEqualTo("@throws IllegalArgumentException if amount is negative");
    assertThat(bug.observed()).startsWith("returned normally for amount = ");
    assertThat(suite.tests()).noneMatch(t -> t.equals(bug.reproducer()));
  }

  @Test
  void reportsANullableParameterThatThrowsOnNullAsASuspectedBug() {
    GeneratedSuite suite = money();

    assertThat(suite.bugs())
        .filteredOn(b -> b.method().equals("label(java.lang.String)"))
        .singleElement()
        .satisfies(
            b -> {
              assertThat(b.contract())
                  .isEqualTo("@Nullable parameter: no NullPointerException if prefix is null");
              assertThat(b.observed())
                  .isEqualTo("threw java.lang.NullPointerException for prefix = null");
              assertThat(b.reproducer().outcome())
                  .isEqualTo(new Outcome.Throws("java.lang.NullPointerException", null));
            });
  }

  @Test
  void dropsASequenceThatLoopsForeverAndGoesOnWithoutIt() {
    GeneratedSuite suite = explore("com.acme.Looper");

    assertThat(suite.dropped()).extracting(Dropped::reason).contains(DropReason.TIMEOUT);
    assertThat(suite.dropped())
        .filteredOn(d -> d.reason() == DropReason.TIMEOUT)
        .allMatch(d -> d.test().method().equals("spin"));
    assertThat(suite.tests()).extracting(TestCase::method).contains("twice");
  }

  @Test
  void containsSystemExitAndGoesOnWithoutIt() {
    GeneratedSuite suite = explore("com.acme.Quitter");

    assertThat(suite.dropped())
        .filteredOn(d -> d.reason() == DropReason.CONTAINED)
        .singleElement()
        .satisfies(d -> assertThat(d.detail()).contains("quit(boolean)").contains("exit code 3"));
    assertThat(suite.tests()).extracting(TestCase::method).contains("greet");
  }

  @Test
  void exploresAnInterfaceThroughItsImplementationsInTheProject(@TempDir Path work) {
    Exploration exploration =
        EXPLORER.explore(
            project,
            "com.acme.Shape",
            Duration.ofSeconds(2),
            work,
            new LocalRunner(),
            Cancellation.create());

    assertThat(exploration.suite().tests())
        .filteredOn(t -> t.method().equals("area"))
        .isNotEmpty()
        .allMatch(t -> t.arrange().getFirst().call().owner().equals("com.acme.Square"));
    assertThat(exploration.notes()).isEmpty();
  }

  @Test
  void saysWhenAnAbstractClassHasNoImplementation(@TempDir Path work) {
    Exploration exploration =
        EXPLORER.explore(
            project,
            "com.acme.Unimplemented",
            Duration.ofSeconds(2),
            work,
            new LocalRunner(),
            Cancellation.create());

    assertThat(exploration.notes())
        .singleElement()
        .asString()
        .contains("without a public implementation");
    assertThat(exploration.suite().tests()).extracting(TestCase::method).containsOnly("twice");
  }

  @Test
  void failsWithAUsageMessageForAClassNotOnTheClassPath() {
    assertThatThrownBy(() -> explore("com.acme.Missing"))
        .isInstanceOf(GarlicException.class)
        .hasMessageContaining("cannot load com.acme.Missing from the project's class path")
        .hasMessageContaining("build the project first");
  }

  @Test
  void dropsTestsOfMethodsThatUseRandomness() {
    GeneratedSuite suite = explore("com.acme.Dice");

    assertThat(suite.tests()).extracting(TestCase::method).contains("sides").doesNotContain("roll");
    assertThat(suite.dropped())
        .filteredOn(d -> d.test().method().equals("roll"))
        .isNotEmpty()
        .allMatch(
            d -> d.reason() == DropReason.NONDETERMINISTIC || d.reason() == DropReason.ENVIRONMENT);
  }
}
