/**
 * Sessions on disk: every agent session is an append-only JSON Lines log in {@code
 * $GARLIC_HOME/sessions/<id>.jsonl} (default {@code ~/.garlic/sessions}), written by {@link
 * dev.garlic.agent.session.SessionLog} as the session runs, read back by {@link
 * dev.garlic.agent.session.SessionReplay} to resume it, and listed by {@link
 * dev.garlic.agent.session.SessionStore}. The format is documented in {@code docs/sessions.md}.
 */
@NullMarked
package dev.garlic.agent.session;

import org.jspecify.annotations.NullMarked;
