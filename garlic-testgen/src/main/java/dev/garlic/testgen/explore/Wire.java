package dev.garlic.testgen.explore;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.garlic.testgen.model.Assertion;
import dev.garlic.testgen.model.Outcome;

/**
 * The JSON mapping shared by the host and the child: the model's sealed outcomes and assertions
 * carry their record name as a type tag.
 */
final class Wire {

  static final ObjectMapper JSON =
      JsonMapper.builder()
          .addMixIn(Outcome.class, OutcomeMixin.class)
          .addMixIn(Assertion.class, AssertionMixin.class)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  private Wire() {}

  @JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME, property = "type")
  @JsonSubTypes({
    @JsonSubTypes.Type(Outcome.Returns.class),
    @JsonSubTypes.Type(Outcome.Throws.class)
  })
  private interface OutcomeMixin {}

  @JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME, property = "type")
  @JsonSubTypes({
    @JsonSubTypes.Type(Assertion.Equals.class),
    @JsonSubTypes.Type(Assertion.ArrayEquals.class),
    @JsonSubTypes.Type(Assertion.IsNull.class),
    @JsonSubTypes.Type(Assertion.IsNotNull.class),
    @JsonSubTypes.Type(Assertion.IsBoolean.class),
    @JsonSubTypes.Type(Assertion.Same.class)
  })
  private interface AssertionMixin {}
}
