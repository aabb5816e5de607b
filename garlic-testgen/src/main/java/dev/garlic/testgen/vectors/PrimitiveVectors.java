package dev.garlic.testgen.vectors;

import dev.garlic.testgen.model.Value;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * Booleans and characters: both truth values; for {@code char} a letter, a digit, a space, the NUL
 * character, a non-ASCII letter and {@code Character.MAX_VALUE}. Boxed types also get {@code null}.
 */
public final class PrimitiveVectors implements VectorStrategy {

  @Override
  public List<Vector> vectors(Type type, VectorContext context) {
    Class<?> raw = SourceNames.erase(type);
    List<Vector> out = new ArrayList<>();
    if (raw == boolean.class || raw == Boolean.class) {
      out.add(Vector.of(Value.literal("true", raw.getSimpleName(), "true"), true));
      out.add(Vector.of(Value.literal("false", raw.getSimpleName(), "false"), false));
    } else if (raw == char.class || raw == Character.class) {
      char[] chars = {'a', 'Z', '0', ' ', '\0', '\u00e9', Character.MAX_VALUE};
      String[] labels = {
        "letter", "upper case letter", "digit", "space", "NUL", "non-ASCII letter", "max char"
      };
      for (int i = 0; i < chars.length; i++) {
        out.add(
            Vector.of(
                Value.literal(Literals.code(chars[i]), raw.getSimpleName(), labels[i]), chars[i]));
      }
    } else {
      return List.of();
    }
    if (!raw.isPrimitive()) {
      out.add(Vector.nullOf(raw.getSimpleName()));
    }
    return out;
  }
}
