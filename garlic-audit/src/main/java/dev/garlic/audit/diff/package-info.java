/** {@code --diff BASE}: the findings introduced since a git revision. */
@NullMarked
package dev.garlic.audit.diff;

import org.jspecify.annotations.NullMarked;
