package dev.garlic.spi;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Derives JSON Schemas from parameter records. */
final class ToolSchemas {

  private ToolSchemas() {}

  static Map<String, Object> schemaOf(Class<? extends Record> type) {
    Map<String, Object> properties = new LinkedHashMap<>();
    List<String> required = new ArrayList<>();
    for (RecordComponent c : type.getRecordComponents()) {
      Map<String, Object> property = new LinkedHashMap<>(typeSchema(c.getGenericType()));
      Param param = c.getAnnotation(Param.class);
      if (param != null) {
        property.put("description", param.description());
        if (!param.example().isEmpty()) {
          property.put("examples", List.of(param.example()));
        }
      }
      properties.put(c.getName(), property);
      if (isRequired(c)) {
        required.add(c.getName());
      }
    }
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", "object");
    schema.put("properties", properties);
    schema.put("required", required);
    schema.put("additionalProperties", false);
    return schema;
  }

  static boolean isRequired(RecordComponent c) {
    Param param = c.getAnnotation(Param.class);
    boolean nullable =
        c.getAnnotatedType().isAnnotationPresent(Nullable.class)
            || c.isAnnotationPresent(Nullable.class);
    return !nullable && (param == null || param.required()) && !c.getType().isPrimitive();
  }

  static List<String> names(Class<? extends Record> type) {
    return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
  }

  private static Map<String, Object> typeSchema(Type type) {
    if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
      return ordered("type", "array", "items", typeSchema(p.getActualTypeArguments()[0]));
    }
    if (type instanceof Class<?> c) {
      if (c == String.class) {
        return Map.of("type", "string");
      }
      if (c == int.class || c == Integer.class || c == long.class || c == Long.class) {
        return Map.of("type", "integer");
      }
      if (c == double.class || c == Double.class || c == float.class || c == Float.class) {
        return Map.of("type", "number");
      }
      if (c == boolean.class || c == Boolean.class) {
        return Map.of("type", "boolean");
      }
      if (c.isEnum()) {
        return ordered(
            "type",
            "string",
            "enum",
            Arrays.stream(c.getEnumConstants())
                .map(e -> ((Enum<?>) e).name().toLowerCase())
                .toList());
      }
    }
    throw new IllegalArgumentException("no JSON Schema mapping for parameter type " + type);
  }

  /** A map that iterates in the order given (Map.of does not), so schema text is stable. */
  private static Map<String, Object> ordered(String k1, Object v1, String k2, Object v2) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put(k1, v1);
    map.put(k2, v2);
    return map;
  }
}
