package dev.garlic.testgen.vectors;

import dev.garlic.testgen.model.Value;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

/** Enums: every constant, then {@code null}. */
public final class EnumVectors implements VectorStrategy {

  @Override
  public List<Vector> vectors(Type type, VectorContext context) {
    Class<?> raw = SourceNames.erase(type);
    if (!raw.isEnum()) {
      return List.of();
    }
    List<Vector> out = new ArrayList<>();
    for (Object constant : raw.getEnumConstants()) {
      Enum<?> e = (Enum<?>) constant;
      String name = SourceNames.simple(raw);
      out.add(
          Vector.of(
              new Value(name + "." + e.name(), name, SourceNames.imports(raw), true, e.name()), e));
    }
    out.add(Vector.nullOf(SourceNames.simple(raw)));
    return out;
  }
}
