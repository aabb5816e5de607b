package dev.garlic.testgen.vectors;

import dev.garlic.testgen.model.Value;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers: zero, ±1, the type's MIN/MAX and their neighbours (overflow candidates), NaN and ±∞ for
 * floating point, and each literal of the code with its neighbours (literal±1, the boundaries of
 * comparisons). Boxed types also get {@code null}.
 */
public final class NumberVectors implements VectorStrategy {

  @Override
  public List<Vector> vectors(Type type, VectorContext context) {
    Class<?> raw = SourceNames.erase(type);
    Kind kind = Kind.of(raw);
    if (kind == null) {
      return List.of();
    }
    Map<Object, String> candidates = new LinkedHashMap<>();
    add(candidates, kind, 0, "zero");
    add(candidates, kind, 1, "one");
    add(candidates, kind, -1, "negative");
    for (double literal : context.numbers()) {
      add(candidates, kind, literal, "literal " + plain(literal));
      add(candidates, kind, literal - 1, "below " + plain(literal));
      add(candidates, kind, literal + 1, "above " + plain(literal));
    }
    kind.extremes(candidates);
    List<Vector> out = new ArrayList<>();
    for (Map.Entry<Object, String> e : candidates.entrySet()) {
      String code = Literals.code(e.getKey());
      boolean plain = code != null && code.matches("-?[0-9][0-9.eE-]*[LfF]?");
      Value value = new Value(code, kind.type(raw), List.of(), plain, e.getValue());
      out.add(Vector.of(value, e.getKey()));
    }
    if (!raw.isPrimitive()) {
      out.add(Vector.nullOf(SourceNames.simple(raw)));
    }
    return out;
  }

  private static String plain(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
  }

  private static void add(Map<Object, String> candidates, Kind kind, double value, String label) {
    Object boxed = kind.box(value);
    if (boxed != null) {
      candidates.putIfAbsent(boxed, label);
    }
  }

  /** The numeric types and how a double candidate becomes one of them, if it fits. */
  private enum Kind {
    INT(int.class, Integer.class),
    LONG(long.class, Long.class),
    SHORT(short.class, Short.class),
    BYTE(byte.class, Byte.class),
    DOUBLE(double.class, Double.class),
    FLOAT(float.class, Float.class);

    private final Class<?> primitive;
    private final Class<?> boxed;

    Kind(Class<?> primitive, Class<?> boxed) {
      this.primitive = primitive;
      this.boxed = boxed;
    }

    static Kind of(Class<?> type) {
      for (Kind k : values()) {
        if (k.primitive == type || k.boxed == type) {
          return k;
        }
      }
      return null;
    }

    String type(Class<?> raw) {
      return raw.getSimpleName();
    }

    Object box(double d) {
      boolean integral = d == Math.rint(d);
      return switch (this) {
        case INT -> integral && d >= Integer.MIN_VALUE && d <= Integer.MAX_VALUE ? (int) d : null;
        case LONG -> integral && Math.abs(d) < 9e18 ? (long) d : null;
        case SHORT -> integral && d >= Short.MIN_VALUE && d <= Short.MAX_VALUE ? (short) d : null;
        case BYTE -> integral && d >= Byte.MIN_VALUE && d <= Byte.MAX_VALUE ? (byte) d : null;
        case DOUBLE -> d;
        case FLOAT -> (float) d;
      };
    }

    void extremes(Map<Object, String> c) {
      switch (this) {
        case INT -> {
          c.putIfAbsent(Integer.MAX_VALUE, "max int");
          c.putIfAbsent(Integer.MIN_VALUE, "min int");
          c.putIfAbsent(Integer.MAX_VALUE - 1, "max int minus one");
          c.putIfAbsent(Integer.MIN_VALUE + 1, "min int plus one");
        }
        case LONG -> {
          c.putIfAbsent(Long.MAX_VALUE, "max long");
          c.putIfAbsent(Long.MIN_VALUE, "min long");
          c.putIfAbsent((long) Integer.MAX_VALUE + 1, "above max int");
        }
        case SHORT -> {
          c.putIfAbsent(Short.MAX_VALUE, "max short");
          c.putIfAbsent(Short.MIN_VALUE, "min short");
        }
        case BYTE -> {
          c.putIfAbsent(Byte.MAX_VALUE, "max byte");
          c.putIfAbsent(Byte.MIN_VALUE, "min byte");
        }
        case DOUBLE -> {
          c.putIfAbsent(0.5, "half");
          c.putIfAbsent(Double.NaN, "NaN");
          c.putIfAbsent(Double.POSITIVE_INFINITY, "positive infinity");
          c.putIfAbsent(Double.NEGATIVE_INFINITY, "negative infinity");
          c.putIfAbsent(Double.MAX_VALUE, "max double");
          c.putIfAbsent(Double.MIN_VALUE, "smallest positive double");
        }
        case FLOAT -> {
          c.putIfAbsent(0.5f, "half");
          c.putIfAbsent(Float.NaN, "NaN");
          c.putIfAbsent(Float.POSITIVE_INFINITY, "positive infinity");
          c.putIfAbsent(Float.NEGATIVE_INFINITY, "negative infinity");
          c.putIfAbsent(Float.MAX_VALUE, "max float");
        }
      }
    }
  }
}
