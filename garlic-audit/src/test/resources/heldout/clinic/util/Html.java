package heldout.clinic.util;

import org.apache.commons.text.StringEscapeUtils;

/** Small HTML helpers for the clinic's server-rendered pages. */
public final class Html {

  private Html() {}

  public static String cell(String text) {
    return "<td>" + StringEscapeUtils.escapeHtml4(text) + "</td>";
  }

  public static String heading(String text) {
    return "<h2>" + text + "</h2>";
  }
}
