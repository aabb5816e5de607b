package dev.garlic.spi;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Describes a component of a tool's parameter record. Components annotated {@code @Nullable} (or
 * with {@code required = false}) are optional.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD})
public @interface Param {
  String description();

  /** An example value, shown in docs. */
  String example() default "";

  boolean required() default true;
}
