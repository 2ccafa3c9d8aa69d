// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.federation.copies;

import java.util.regex.Pattern;

/**
 * A peer's HTML content as plain text, paragraphs kept: the interface shows a copy as text (never a
 * peer's markup) and an amendment starts from these words.
 */
public final class CopyText {

  private static final Pattern BLOCK =
      Pattern.compile("(?i)</?(p|h[1-6]|ul|ol|pre|blockquote|div|table)(\\s[^>]*)?>|<hr\\s*/?>");
  private static final Pattern LINE_END = Pattern.compile("(?i)</li>|</tr>|<br\\s*/?>");
  private static final Pattern ITEM = Pattern.compile("(?i)<li(\\s[^>]*)?>");
  private static final Pattern HEADING = Pattern.compile("(?i)<h([1-6])[^>]*>");
  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n]]");
  private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n[\\s\\n]*");

  private CopyText() {}

  /** Paragraphs separated by a blank line, list items with « - », headings with « # ». */
  public static String plain(String html) {
    if (html == null) {
      return "";
    }
    String text = html.replace("\r", "");
    text =
        HEADING
            .matcher(text)
            .replaceAll(m -> "\n\n" + "#".repeat(Integer.parseInt(m.group(1))) + " ");
    text = ITEM.matcher(text).replaceAll("- ");
    text = LINE_END.matcher(text).replaceAll("\n");
    text = BLOCK.matcher(text).replaceAll("\n\n");
    text = TAG.matcher(text).replaceAll("");
    text =
        text.replace("&nbsp;", " ")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&#x27;", "'")
            .replace("&amp;", "&");
    text = CONTROL.matcher(text).replaceAll(" ");
    StringBuilder lines = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      lines.append(line.strip().replaceAll("[ \\t]+", " ")).append('\n');
    }
    return BLANK_LINES.matcher(lines.toString()).replaceAll("\n\n").strip();
  }
}
