package dev.garlic.testgen.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContractConditionTest {

  @Test
  void checksComparisonsWithNumbers() {
    var check = ContractCondition.parse("amount < 0", List.of("amount"));

    assertThat(check).isNotNull();
    assertThat(check.test(new Object[] {-1L})).isTrue();
    assertThat(check.test(new Object[] {0L})).isFalse();
  }

  @Test
  void checksWordedConditionsAndDisjunctions() {
    var check =
        ContractCondition.parse(
            "the name is null or empty or count is negative", List.of("name", "count"));

    assertThat(check).isNotNull();
    assertThat(check.test(new Object[] {"", 1})).isTrue();
    assertThat(check.test(new Object[] {null, 1})).isTrue();
    assertThat(check.test(new Object[] {"a", -2})).isTrue();
    assertThat(check.test(new Object[] {"a", 2})).isFalse();
  }

  @Test
  void understandsNothingItCannotCheck() {
    assertThat(ContractCondition.parse("the account is closed", List.of("amount"))).isNull();
    assertThat(ContractCondition.parse("other < 0", List.of("amount"))).isNull();
  }

  @Test
  void matchesTheDocumentedExceptionOrASubclass() {
    assertThat(ContractCondition.matches(new NumberFormatException(), "IllegalArgumentException"))
        .isTrue();
    assertThat(
            ContractCondition.matches(
                new NumberFormatException(), "java.lang.IllegalArgumentException"))
        .isTrue();
    assertThat(ContractCondition.matches(new IllegalStateException(), "IllegalArgumentException"))
        .isFalse();
  }
}
