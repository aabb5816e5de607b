package dev.garlic.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.garlic.protocol.ErrorCode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class RecordToolTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  enum Scope {
    MAIN,
    TEST
  }

  record Params(
      @Param(description = "What to look for", example = "indexOf") String query,
      @Param(description = "Most results") @Nullable Integer limit,
      @Param(description = "Where") @Nullable Scope scope,
      @Param(description = "Extra files") @Nullable List<String> files) {}

  @ToolInfo(name = "find_things", description = "Finds things.")
  static final class FindThings extends RecordTool<Params> {
    @Override
    public ToolResult run(Params params, EngineContext context) {
      return new ToolResult(params, params.query());
    }
  }

  private final FindThings tool = new FindThings();

  @Test
  void specComesFromTheAnnotations() {
    assertThat(tool.spec().name()).isEqualTo("find_things");
    assertThat(tool.spec().description()).isEqualTo("Finds things.");
    assertThat(tool.spec().mutating()).isFalse();
  }

  @Test
  void schemaMarksOnlyNonNullableComponentsRequired() {
    assertThat(tool.spec().inputSchema())
        .containsEntry("type", "object")
        .containsEntry("required", List.of("query"))
        .containsEntry("additionalProperties", false);
  }

  @Test
  void schemaDescribesTypesEnumsListsAndExamples() throws Exception {
    String schema = JSON.writeValueAsString(tool.spec().inputSchema().get("properties"));

    assertThat(schema)
        .isEqualTo(
            "{\"query\":{\"type\":\"string\",\"description\":\"What to look for\","
                + "\"examples\":[\"indexOf\"]},"
                + "\"limit\":{\"type\":\"integer\",\"description\":\"Most results\"},"
                + "\"scope\":{\"type\":\"string\",\"enum\":[\"main\",\"test\"],"
                + "\"description\":\"Where\"},"
                + "\"files\":{\"type\":\"array\",\"items\":{\"type\":\"string\"},"
                + "\"description\":\"Extra files\"}}");
  }

  @Test
  void bindsArgumentsToTheRecord() throws Exception {
    ToolResult result =
        tool.call(
            JSON.readTree("{\"query\":\"x\",\"limit\":3,\"files\":[\"a\"]}"),
            EngineContext.of(Path.of(".")));

    assertThat(result.value()).isEqualTo(new Params("x", 3, null, List.of("a")));
  }

  @Test
  void bindsEnumValuesAsTheSchemaSpellsThem() {
    assertThat(tool.bind(JSON.valueToTree(Map.of("query", "x", "scope", "test"))).scope())
        .isEqualTo(Scope.TEST);
  }

  @Test
  void unknownArgumentIsAUsageErrorThatListsTheKnownOnes() {
    assertThatThrownBy(() -> tool.bind(JSON.valueToTree(Map.of("query", "x", "limt", 3))))
        .isInstanceOf(GarlicException.class)
        .hasMessage("find_things: unknown argument 'limt'; known: query, limit, scope, files")
        .extracting(e -> ((GarlicException) e).error().code())
        .isEqualTo(ErrorCode.USAGE);
  }

  @Test
  void missingRequiredArgumentIsNamed() {
    assertThatThrownBy(() -> tool.bind(JSON.valueToTree(Map.of("limit", 3))))
        .hasMessage("find_things: missing required argument 'query'");
  }

  @Test
  void wronglyTypedArgumentIsNamed() {
    assertThatThrownBy(() -> tool.bind(JSON.valueToTree(Map.of("query", "x", "limit", "many"))))
        .hasMessageStartingWith("find_things: argument 'limit' has the wrong type");
  }

  @Test
  void argumentsThatAreNotAnObjectAreRefused() throws Exception {
    assertThatThrownBy(() -> tool.bind(JSON.readTree("[1]")))
        .hasMessage("find_things: arguments must be a JSON object");
  }
}
