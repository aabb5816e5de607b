/**
 * The checks of {@code garlic audit} that need no taint tracking: weak ciphers and hashes, weak
 * randomness in security contexts, insecure cookies, hard-coded credentials, disabled TLS
 * verification and XML parsers open to external entities. Each is a {@link dev.garlic.audit.Check}
 * registered with {@link java.util.ServiceLoader}.
 */
@NullMarked
package dev.garlic.audit.checks;

import org.jspecify.annotations.NullMarked;
