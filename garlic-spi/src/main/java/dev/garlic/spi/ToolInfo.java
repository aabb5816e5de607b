package dev.garlic.spi;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Names and describes a {@link RecordTool}; the single source for help, docs and schemas. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ToolInfo {
  /** The tool's name, a verb phrase in snake case ({@code search}, {@code apply_patch}). */
  String name();

  /** What it does and when to use it, for users and models. */
  String description();

  /** True if calling it changes files or other state. */
  boolean mutating() default false;
}
