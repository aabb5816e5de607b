package dev.garlic.audit.taint;

import java.util.List;
import java.util.Set;

/**
 * A library method as the taint specification names it: {@code Class.method} or {@code
 * Class.method/arity}, where {@code Class} is a simple class name, several joined by {@code |}, or
 * {@code *} for any class, and {@code method} is {@code <init>} for a constructor.
 *
 * @param classes the simple class names the receiver (or the constructed class) may have; empty for
 *     any class
 * @param method the method name
 * @param arity the number of arguments, or -1 for any
 * @param typedOnly whether only a receiver of a known type matches (for method names too common to
 *     judge by name alone, such as {@code getValue})
 */
record MethodPattern(Set<String> classes, String method, int arity, boolean typedOnly) {

  MethodPattern {
    classes = Set.copyOf(classes);
  }

  /**
   * Parses {@code text}.
   *
   * @throws IllegalArgumentException with a message naming the expected form
   */
  static MethodPattern parse(String text) {
    String t = text.strip();
    int arity = -1;
    int slash = t.lastIndexOf('/');
    if (slash > 0) {
      try {
        arity = Integer.parseInt(t.substring(slash + 1));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("arity after / must be a number in \"" + text + "\"");
      }
      t = t.substring(0, slash);
    }
    int dot = t.lastIndexOf('.');
    if (dot <= 0 || dot == t.length() - 1) {
      throw new IllegalArgumentException(
          "call \"" + text + "\" must be Class.method or Class.method/arity");
    }
    String owner = t.substring(0, dot);
    String method = t.substring(dot + 1);
    Set<String> classes = owner.equals("*") ? Set.of() : Set.copyOf(List.of(owner.split("\\|")));
    return new MethodPattern(classes, method, arity, false);
  }

  /** This pattern, matching only receivers of a known type when {@code typed}. */
  MethodPattern typedOnly(boolean typed) {
    return new MethodPattern(classes, method, arity, typed);
  }

  /**
   * True when a call of {@code name} with {@code argc} arguments on a receiver of simple type
   * {@code type} (null when unknown) matches. An unknown receiver type matches any class except the
   * analysis' own pseudo types (names starting with {@code ~}), which only a known type matches.
   */
  boolean matches(String type, String name, int argc) {
    if (!method.equals(name) || (arity >= 0 && arity != argc)) {
      return false;
    }
    if (classes.isEmpty()) {
      return true;
    }
    if (type == null) {
      return !typedOnly && classes.stream().noneMatch(c -> c.startsWith("~"));
    }
    return classes.contains(type);
  }

  /** Whether this pattern names a specific class rather than any. */
  boolean typed() {
    return !classes.isEmpty();
  }
}
