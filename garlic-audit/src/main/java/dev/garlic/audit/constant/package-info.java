/**
 * Constant resolution: the compile-time value of a Java expression, and the value configuration
 * gives it (properties files and Spring {@code @Value} placeholders of the audited project). The
 * checks judge algorithm names with it; the taint analysis folds branch conditions with it.
 */
@NullMarked
package dev.garlic.audit.constant;

import org.jspecify.annotations.NullMarked;
