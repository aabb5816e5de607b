package dev.garlic.workspace.config;

import dev.garlic.spi.ConfigKey;
import org.jspecify.annotations.Nullable;

/**
 * The effective value of one key and where it came from.
 *
 * @param name the key as set, in TOML spelling ({@code models."openai/gpt-5".input_price}); for a
 *     pattern key nobody set, the pattern itself ({@code models.*.input_price})
 * @param key the declared key, plain or pattern, that {@code name} matches
 * @param value a String, Long, Double, Boolean, List of String or Map of String to String; null
 *     when the key is unset and has no default
 * @param origin where {@code value} came from ({@link Origin.Source#DEFAULT} when unset)
 */
public record ConfigEntry(String name, ConfigKey key, @Nullable Object value, Origin origin) {}
