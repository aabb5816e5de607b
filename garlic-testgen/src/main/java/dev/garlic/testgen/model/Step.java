package dev.garlic.testgen.model;

import org.jspecify.annotations.Nullable;

/**
 * One statement of a test: a call, and the local variable its result is stored in.
 *
 * @param variable the local variable declared for the result, e.g. {@code money}; null when the
 *     result is not used (or the call is void)
 * @param call the call
 */
public record Step(@Nullable String variable, Call call) {}
