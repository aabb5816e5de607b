package dev.garlic.protocol.usage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.util.List;
import org.junit.jupiter.api.Test;

class UsageReportTest {

  private static final UsageTotal TOTAL = new UsageTotal(1200, 800, 300, 100, 0.25, 2.5);

  @Test
  void jsonHasRowsWithTheirGroupKeyAndATotal() throws Exception {
    UsageReport report =
        new UsageReport(List.of(new UsageRow(UsageGrouping.MODEL, "gpt-5.3-codex", TOTAL)), TOTAL);

    String json = new ObjectMapper().writeValueAsString(report);

    String fields =
        "\"input_tokens\":1200,\"cached_input_tokens\":800,\"output_tokens\":300,"
            + "\"reasoning_tokens\":100,\"cost_usd\":0.25,\"compute_units\":2.5";
    assertThat(json)
        .isEqualTo(
            "{\"rows\":[{" + fields + ",\"model\":\"gpt-5.3-codex\"}],\"total\":{" + fields + "}}");
  }

  @Test
  void keyNamesDoNotDependOnTheMappersNamingStrategy() throws Exception {
    ObjectMapper snakeCase =
        new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
    UsageReport report = new UsageReport(List.of(), TOTAL);

    assertThat(snakeCase.writeValueAsString(report))
        .isEqualTo(new ObjectMapper().writeValueAsString(report));
  }

  @Test
  void rowWithoutAKeyShowsItAsNull() throws Exception {
    UsageRow row = new UsageRow(UsageGrouping.TASK, null, UsageTotal.ZERO);

    String json = new ObjectMapper().writeValueAsString(row);

    assertThat(new ObjectMapper().readTree(json).get("task").isNull()).isTrue();
  }

  @Test
  void sumsTotalsFieldByField() {
    UsageTotal sum = TOTAL.plus(new UsageTotal(1, 2, 3, 4, 0.5, 0.5));

    assertThat(sum).isEqualTo(new UsageTotal(1201, 802, 303, 104, 0.75, 3.0));
  }

  @Test
  void kindsAreWrittenInSnakeCase() throws Exception {
    assertThat(new ObjectMapper().writeValueAsString(UsageKind.MODEL_CALL))
        .isEqualTo("\"model_call\"");
  }
}
