package dev.garlic.workspace.java;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a name in a file resolves to without a classpath: a definite target, or the candidates the
 * index should check against what the project defines, or nothing.
 */
record Resolution(@Nullable String target, List<String> candidates) {

  static final Resolution NONE = new Resolution(null, List.of());

  static Resolution of(String target) {
    return new Resolution(target, List.of());
  }

  boolean known() {
    return target != null || !candidates.isEmpty();
  }

  /** The same resolution for a member of this type: {@code Type#member}. */
  Resolution member(String name) {
    if (target != null) {
      return of(target + "#" + name);
    }
    if (candidates.isEmpty()) {
      return NONE;
    }
    List<String> members = new ArrayList<>(candidates.size());
    for (String candidate : candidates) {
      members.add(candidate + "#" + name);
    }
    return new Resolution(null, members);
  }
}
