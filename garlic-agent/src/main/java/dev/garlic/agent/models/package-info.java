/**
 * Which models and providers the configuration sets up: the {@code [providers.NAME]} and {@code
 * [models."NAME/model-id"]} keys, read into the provider configurations, the active models and the
 * model catalog that {@code garlic-llm} works with.
 */
@NullMarked
package dev.garlic.agent.models;

import org.jspecify.annotations.NullMarked;
