package dev.garlic.testgen.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.garlic.testgen.model.Value;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvCellTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '~',
      value = {
        "\"abc\"     | String    | 'abc'",
        "\"\"        | String    | ''",
        "null        | String    | ~~",
        "'x'         | char      | 'x'",
        "-42         | int       | -42",
        "42L         | long      | 42",
        "1.5f        | float     | 1.5",
        "2.0E-3      | double    | 2.0E-3",
        "true        | boolean   | true",
        "Color.RED   | Color     | RED",
        "Money.Currency.EUR | Money.Currency | EUR",
      })
  void writesLiteralsAsCellsJUnitConvertsBack(String code, String type, String cell) {
    assertThat(CsvCell.of(Value.literal(code, type, null))).contains(cell);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '~',
      value = {
        "\"a\\tb\"          | String",
        "\"it's\"           | String",
        "null               | int",
        "0x7f               | int",
        "1_000              | int",
        "Integer.MAX_VALUE  | int",
        "'\\n'              | char",
        "List.of()          | List<String>",
        "Color.RED          | Object",
        "RED                | Color",
      })
  void leavesOutValuesThatWouldNotSurviveTheRoundTrip(String code, String type) {
    assertThat(CsvCell.of(Value.literal(code, type, null))).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void leavesOutExpressionsThatAreNotLiterals() {
    assertThat(CsvCell.of(new Value("\"a\"", "String", List.of(), false, null))).isEmpty();
  }
}
