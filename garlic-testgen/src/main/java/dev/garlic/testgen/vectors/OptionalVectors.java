package dev.garlic.testgen.vectors;

import dev.garlic.testgen.model.Value;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code Optional}: empty, one present value of the element type, and {@code null}. */
public final class OptionalVectors implements VectorStrategy {

  @Override
  public List<Vector> vectors(Type type, VectorContext context) {
    if (SourceNames.erase(type) != Optional.class) {
      return List.of();
    }
    List<Type> args = SourceNames.arguments(type);
    Type element = args.isEmpty() ? Object.class : args.getFirst();
    String name = SourceNames.generic(type);
    List<String> imports = SourceNames.genericImports(type);
    List<Vector> out = new ArrayList<>();
    out.add(
        Vector.of(
            new Value("Optional.empty()", name, imports, false, "empty optional"),
            Optional.empty()));
    context.deeper(element).stream()
        .filter(v -> !v.source().code().equals("null"))
        .findFirst()
        .ifPresent(
            v -> {
              List<String> all = new ArrayList<>(imports);
              v.source().imports().stream().filter(i -> !all.contains(i)).forEach(all::add);
              out.add(
                  new Vector(
                      new Value(
                          "Optional.of(" + v.source().code() + ")",
                          name,
                          all,
                          false,
                          "present optional"),
                      () -> Optional.ofNullable(v.maker().make())));
            });
    out.add(Vector.nullOf(name));
    return out;
  }
}
