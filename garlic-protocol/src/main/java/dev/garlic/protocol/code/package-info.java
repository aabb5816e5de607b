/** Results of code intelligence: definitions, references, search hits, maps, context packs. */
@NullMarked
package dev.garlic.protocol.code;

import org.jspecify.annotations.NullMarked;
