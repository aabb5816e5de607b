package dev.garlic.protocol.code;

import dev.garlic.protocol.Location;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A use of a name in source code.
 *
 * @param name the simple name used ({@code indexOf}, {@code StringUtils})
 * @param target the qualified name of what it refers to when the front end resolved it (same form
 *     as {@link SymbolDef#qualifiedName()}, for a method without its parameter list: {@code
 *     com.acme.Foo#bar}), or null when unresolved
 * @param candidates qualified names it may refer to when the front end could not decide alone (same
 *     package, wildcard imports); the index checks them against what the project defines
 * @param kind how it is used
 * @param location where the use is
 * @param enclosing the qualified name of the definition that contains the use, or null
 */
public record SymbolRef(
    String name,
    @Nullable String target,
    List<String> candidates,
    RefKind kind,
    Location location,
    @Nullable String enclosing) {

  public SymbolRef {
    candidates = List.copyOf(candidates);
  }
}
