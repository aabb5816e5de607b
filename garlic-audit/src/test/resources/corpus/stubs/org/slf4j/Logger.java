package org.slf4j;

/** Stand-in for the SLF4J type of the same name. */
public interface Logger {
  void info(String message);

  void info(String format, Object argument);

  void warn(String format, Object argument);
}
