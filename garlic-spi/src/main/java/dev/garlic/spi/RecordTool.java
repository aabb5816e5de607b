package dev.garlic.spi;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.garlic.protocol.ToolSpec;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;

/**
 * A {@link Tool} whose arguments are a record {@code P}: the spec comes from {@link ToolInfo} on
 * the subclass and {@link Param} on the record's components, and arguments are bound to {@code P}
 * with precise errors for unknown, missing or ill-typed fields.
 *
 * @param <P> the parameter record
 */
public abstract class RecordTool<P extends Record> implements Tool {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          // Schemas spell enum values in lower case (see ToolSchemas).
          .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
          .build();

  private final Class<P> paramType;
  private final ToolSpec spec;

  @SuppressWarnings("unchecked")
  protected RecordTool() {
    var superType = (ParameterizedType) getClass().getGenericSuperclass();
    this.paramType = (Class<P>) superType.getActualTypeArguments()[0];
    ToolInfo info = getClass().getAnnotation(ToolInfo.class);
    if (info == null) {
      throw new IllegalStateException(getClass().getName() + " lacks @ToolInfo");
    }
    this.spec =
        new ToolSpec(
            info.name(), info.description(), ToolSchemas.schemaOf(paramType), info.mutating());
  }

  @Override
  public final ToolSpec spec() {
    return spec;
  }

  public final Class<P> paramType() {
    return paramType;
  }

  @Override
  public final ToolResult call(JsonNode arguments, EngineContext context) {
    return run(bind(arguments), context);
  }

  /** Runs the tool on already-bound parameters (front ends that parse flags call this). */
  public abstract ToolResult run(P params, EngineContext context);

  /** Binds JSON arguments to the parameter record, or throws a usage error naming the field. */
  public P bind(JsonNode arguments) {
    JsonNode args = arguments == null || arguments.isNull() ? MAPPER.createObjectNode() : arguments;
    if (!args.isObject()) {
      throw GarlicException.usage(spec.name() + ": arguments must be a JSON object");
    }
    for (RecordComponent c : paramType.getRecordComponents()) {
      if (ToolSchemas.isRequired(c) && (!args.has(c.getName()) || args.get(c.getName()).isNull())) {
        throw GarlicException.usage(
            spec.name() + ": missing required argument '" + c.getName() + "'");
      }
    }
    try {
      return MAPPER.treeToValue(args, paramType);
    } catch (UnrecognizedPropertyException e) {
      throw GarlicException.usage(
          spec.name()
              + ": unknown argument '"
              + e.getPropertyName()
              + "'; known: "
              + String.join(", ", ToolSchemas.names(paramType)));
    } catch (MismatchedInputException e) {
      String field = e.getPath().isEmpty() ? "?" : e.getPath().get(0).getFieldName();
      throw GarlicException.usage(
          spec.name() + ": argument '" + field + "' has the wrong type; see the tool's schema");
    } catch (Exception e) {
      throw GarlicException.usage(spec.name() + ": invalid arguments: " + e.getMessage());
    }
  }
}
