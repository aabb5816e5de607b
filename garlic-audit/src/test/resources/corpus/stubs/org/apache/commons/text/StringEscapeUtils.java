package org.apache.commons.text;

/** Stand-in for the Apache Commons Text type of the same name. */
public final class StringEscapeUtils {
  private StringEscapeUtils() {}

  public static String escapeHtml4(String input) {
    throw new UnsupportedOperationException("stub");
  }
}
