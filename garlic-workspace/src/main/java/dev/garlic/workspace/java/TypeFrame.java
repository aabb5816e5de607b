package dev.garlic.workspace.java;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A named type being walked: what its members make visible to the code inside it. Filled before the
 * members are walked, because Java lets code use a field or method declared further down.
 */
final class TypeFrame {

  final String qualifiedName;
  final Map<String, Resolution> fieldTypes = new HashMap<>();
  final Set<String> methodNames = new HashSet<>();
  final Set<String> typeVariables = new HashSet<>();

  /** Direct supertypes, superclass first; for a class without extends, {@code java.lang.Object}. */
  List<Resolution> supertypes = List.of();

  /** The superclass for {@code super.m()}, or {@link Resolution#NONE} for interfaces. */
  Resolution superclass = Resolution.NONE;

  TypeFrame(String qualifiedName) {
    this.qualifiedName = qualifiedName;
  }
}
