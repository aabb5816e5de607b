/** What every engine's tests share: inline workspaces, real-code corpora, expectation markers. */
@NullMarked
package dev.garlic.testkit;

import org.jspecify.annotations.NullMarked;
