// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.opendata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes CSV as RFC 4180 says: comma-separated, CRLF after every record, a field quoted (with its
 * quotes doubled) when it holds a comma, a quote, CR or LF. Besides, against formula injection
 * (OWASP "CSV Injection"): a field that starts with {@code =}, {@code +}, {@code -}, {@code @}, a
 * tab or CR is prefixed with an apostrophe, so that a spreadsheet shows it as text instead of
 * evaluating it. The values of a multi-valued field are joined with {@code |}, a {@code |} or
 * {@code \} inside a value escaped with {@code \}. Writes through, no buffering of its own.
 */
public final class CsvWriter {

  static final String SEPARATOR = "|";

  private final Writer out;

  public CsvWriter(Writer out) {
    this.out = out;
  }

  /** One record; a null cell is empty. */
  public void row(List<String> cells) {
    try {
      for (int i = 0; i < cells.size(); i++) {
        if (i > 0) {
          out.write(',');
        }
        out.write(field(cells.get(i)));
      }
      out.write("\r\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The field as written: neutralised, then quoted when needed. */
  static String field(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    String text = value;
    char first = text.charAt(0);
    if (first == '='
        || first == '+'
        || first == '-'
        || first == '@'
        || first == '\t'
        || first == '\r') {
      text = "'" + text;
    }
    boolean quote =
        text.indexOf(',') >= 0
            || text.indexOf('"') >= 0
            || text.indexOf('\r') >= 0
            || text.indexOf('\n') >= 0;
    return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }

  /** The cell of a multi-valued field. */
  public static String join(List<String> values) {
    StringBuilder cell = new StringBuilder();
    for (String value : values) {
      if (value == null) {
        continue;
      }
      if (cell.length() > 0) {
        cell.append(SEPARATOR);
      }
      cell.append(value.replace("\\", "\\\\").replace(SEPARATOR, "\\" + SEPARATOR));
    }
    return cell.toString();
  }
}
