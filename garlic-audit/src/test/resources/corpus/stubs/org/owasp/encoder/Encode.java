package org.owasp.encoder;

/** Stand-in for the OWASP Java Encoder type of the same name. */
public final class Encode {
  private Encode() {}

  public static String forHtml(String input) {
    throw new UnsupportedOperationException("stub");
  }

  public static String forHtmlAttribute(String input) {
    throw new UnsupportedOperationException("stub");
  }

  public static String forJavaScript(String input) {
    throw new UnsupportedOperationException("stub");
  }
}
