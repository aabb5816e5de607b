package org.owasp.esapi;

/** Stand-in for the ESAPI encoder. */
public interface Encoder {
  String encodeForHTML(String input);

  String encodeForHTMLAttribute(String input);

  String encodeForLDAP(String input);

  String encodeForXPath(String input);

  String encodeForURL(String input);
}
