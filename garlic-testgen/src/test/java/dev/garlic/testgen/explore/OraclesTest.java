package dev.garlic.testgen.explore;

import static org.assertj.core.api.Assertions.assertThat;

import dev.garlic.testgen.model.Assertion;
import dev.garlic.testgen.model.Outcome;
import dev.garlic.testgen.model.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OraclesTest {

  /** An object with a stable getter and one that changes on every read. */
  public static final class Counter {
    private final AtomicInteger reads = new AtomicInteger();

    public int getLimit() {
      return 10;
    }

    public int getReads() {
      return reads.incrementAndGet();
    }

    public boolean isFull() {
      return false;
    }
  }

  @Test
  void assertsLiteralsNullAndBooleans() {
    assertThat(Oracles.value(7L, long.class, "result", null, null))
        .containsExactly(new Assertion.Equals("result", Value.literal("7L", "long", null)));
    assertThat(Oracles.value(null, String.class, "result", null, null))
        .containsExactly(new Assertion.IsNull("result"));
    assertThat(Oracles.value(true, boolean.class, "result", null, null))
        .containsExactly(new Assertion.IsBoolean("result", true));
  }

  @Test
  void assertsSmallArraysAndListsElementByElement() {
    assertThat(Oracles.value(new int[] {1, 2}, int[].class, "result", null, null))
        .singleElement()
        .isInstanceOfSatisfying(
            Assertion.ArrayEquals.class,
            a -> assertThat(a.expected().code()).isEqualTo("new int[] {1, 2}"));
    assertThat(Oracles.value(new ArrayList<>(List.of("a")), List.class, "result", null, null))
        .singleElement()
        .isInstanceOfSatisfying(
            Assertion.Equals.class,
            a -> assertThat(a.expected().code()).isEqualTo("Arrays.asList(\"a\")"));
  }

  @Test
  void readsOnlyObserversThatGiveTheSameValueTwice() {
    List<Assertion> assertions = Oracles.value(new Counter(), Counter.class, "result", null, null);

    assertThat(assertions)
        .containsExactly(
            new Assertion.Equals("result.getLimit()", Value.literal("10", "int", null)),
            new Assertion.IsBoolean("result.isFull()", false));
  }

  @Test
  void recognisesACallReturningItsReceiver() {
    StringBuilder builder = new StringBuilder();

    assertThat(Oracles.value(builder, StringBuilder.class, "result", builder, "stringBuilder"))
        .containsExactly(new Assertion.Same("result", "stringBuilder"));
  }

  @Test
  void keepsShortExceptionMessagesWithoutIdentityHashes() {
    assertThat(Oracles.thrown(new IllegalArgumentException("negative amount")))
        .isEqualTo(new Outcome.Throws("java.lang.IllegalArgumentException", "negative amount"));
    assertThat(Oracles.thrown(new IllegalStateException("bad state in Foo@1b6d3586")))
        .isEqualTo(new Outcome.Throws("java.lang.IllegalStateException", null));
    assertThat(
            Oracles.thrown(
                new NullPointerException("Cannot invoke \"String.strip()\" because \"s\" is null")))
        .isEqualTo(new Outcome.Throws("java.lang.NullPointerException", null));
  }
}
