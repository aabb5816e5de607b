/**
 * Verification: the {@code run_tests} tool ({@link dev.garlic.agent.verify.VerifyEngine}), which
 * detects the project's test runner, runs the tests that pair with the changed files first and
 * parses their results, and the {@link dev.garlic.agent.verify.VerificationGate} the agent loop
 * runs before a deep-mode task may declare itself done. Every command runs through the call's
 * {@link dev.garlic.spi.EngineContext#commands()}.
 */
@NullMarked
package dev.garlic.agent.verify;

import org.jspecify.annotations.NullMarked;
