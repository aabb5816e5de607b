package dev.garlic.protocol.code;

import dev.garlic.protocol.Location;
import org.jspecify.annotations.Nullable;

/**
 * A definition found in source code.
 *
 * @param name the simple name ({@code indexOf})
 * @param qualifiedName the name that identifies it in the project: for Java {@code com.acme.Foo},
 *     {@code com.acme.Foo.Inner}, {@code com.acme.Foo#bar(int,String)}, {@code com.acme.Foo#count};
 *     for other languages the best dotted path the front end can give
 * @param kind what it is
 * @param signature one line that declares it, as it reads in the source, without the body
 * @param location where the definition starts and ends (the whole declaration)
 * @param doc the first sentence of its doc comment, or null
 * @param language the language id ({@code java}, {@code python}, ...)
 * @param container the qualified name of the enclosing definition, or null at top level
 */
public record SymbolDef(
    String name,
    String qualifiedName,
    SymbolKind kind,
    String signature,
    Location location,
    @Nullable String doc,
    String language,
    @Nullable String container) {}
