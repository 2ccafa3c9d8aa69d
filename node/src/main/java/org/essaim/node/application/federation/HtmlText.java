// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.federation;

/**
 * Plain text put into an ActivityStreams {@code content}, which receivers read as HTML: escaped the
 * same way by every activity this node writes.
 */
public final class HtmlText {

  private HtmlText() {}

  /** The text with {@code < > & "} escaped: no markup at all. */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** The text as escaped HTML paragraphs: blank lines part paragraphs, line breaks become br. */
  public static String paragraphs(String text) {
    StringBuilder html = new StringBuilder();
    for (String paragraph : text.strip().split("\\R\\s*\\R")) {
      if (!paragraph.isBlank()) {
        html.append("<p>")
            .append(escape(paragraph.strip()).replaceAll("\\R", "<br>"))
            .append("</p>");
      }
    }
    return html.toString();
  }
}
