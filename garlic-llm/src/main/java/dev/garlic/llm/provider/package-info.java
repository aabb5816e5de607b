/**
 * The {@link dev.garlic.llm.ModelProvider} implementations, one per {@link
 * dev.garlic.llm.ProviderKind}, created through {@link dev.garlic.llm.provider.ModelProviders}.
 * Everything else here is package-private: the wire translations, the retry loop and the stream
 * pump that makes cancellation prompt.
 */
@NullMarked
package dev.garlic.llm.provider;

import org.jspecify.annotations.NullMarked;
