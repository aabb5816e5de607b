package dev.garlic.testgen.vectors;

import dev.garlic.testgen.model.Value;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Strings (also for {@code CharSequence} parameters): null, empty, blank, one character, a word,
 * the code's own string literals, unicode with a surrogate pair, a very long string, and injection
 * strings (SQL, path traversal, a script tag, format specifiers, CRLF).
 */
public final class StringVectors implements VectorStrategy {

  /** Length of the very long string: past common buffer sizes and field limits. */
  static final int LONG_LENGTH = 10_000;

  @Override
  public List<Vector> vectors(Type type, VectorContext context) {
    Class<?> raw = SourceNames.erase(type);
    if (raw != String.class && raw != CharSequence.class) {
      return List.of();
    }
    Map<String, String> candidates = new LinkedHashMap<>();
    candidates.put("", "empty string");
    candidates.put(" ", "blank string");
    candidates.put("a", "one character");
    candidates.put("abc", "word");
    for (String literal : context.strings()) {
      if (literal.length() <= Literals.MAX_STRING) {
        candidates.putIfAbsent(literal, "literal " + Literals.quote(shorten(literal)));
      }
    }
    candidates.putIfAbsent("Hello World", "two words");
    candidates.putIfAbsent("123", "digits");
    candidates.putIfAbsent("-1.5", "negative decimal");
    candidates.putIfAbsent("h\u00e9llo \ud83d\ude00", "unicode with surrogate pair");
    candidates.putIfAbsent("' OR '1'='1", "SQL injection");
    candidates.putIfAbsent("../../etc/passwd", "path traversal");
    candidates.putIfAbsent("<script>alert(1)</script>", "script tag");
    candidates.putIfAbsent("%s%n%d", "format specifiers");
    candidates.putIfAbsent("a\r\nb", "CRLF");
    List<Vector> out = new ArrayList<>();
    out.add(Vector.nullOf(SourceNames.simple(raw)));
    for (Map.Entry<String, String> e : candidates.entrySet()) {
      out.add(
          Vector.of(
              Value.literal(Literals.quote(e.getKey()), SourceNames.simple(raw), e.getValue()),
              e.getKey()));
    }
    String longString = "x".repeat(LONG_LENGTH);
    out.add(
        Vector.of(
            new Value(
                "\"x\".repeat(" + LONG_LENGTH + ")",
                "String",
                List.of(),
                false,
                "very long string"),
            longString));
    return out;
  }

  private static String shorten(String s) {
    return s.length() <= 20 ? s : s.substring(0, 20);
  }
}
