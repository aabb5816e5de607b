/** The plugin interface of Garlic: tools, engines and the context they run in. */
@NullMarked
package dev.garlic.spi;

import org.jspecify.annotations.NullMarked;
