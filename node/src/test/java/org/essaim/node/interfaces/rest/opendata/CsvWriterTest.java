// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

  static String write(List<String>... rows) {
    StringWriter out = new StringWriter();
    CsvWriter csv = new CsvWriter(out);
    for (List<String> row : rows) {
      csv.row(row);
    }
    return out.toString();
  }

  static List<CSVRecord> parse(String text) throws Exception {
    return CSVFormat.RFC4180.builder().get().parse(new StringReader(text)).getRecords();
  }

  @Test
  void recordsEndWithCrlfAndPlainFieldsAreNotQuoted() {
    assertThat(write(List.of("id", "name"), List.of("1", "Épicerie mobile")))
        .isEqualTo("id,name\r\n1,Épicerie mobile\r\n");
  }

  @Test
  void commasQuotesAndLineBreaksAreQuotedAndReadBack() throws Exception {
    List<String> row =
        List.of("Vélos, trottinettes", "Le \"Repair café\"", "ligne 1\nligne 2", "a\r\nb", "sans");
    String text = write(row);
    assertThat(text)
        .startsWith("\"Vélos, trottinettes\",\"Le \"\"Repair café\"\"\",\"ligne 1\nligne 2\"");
    List<CSVRecord> records = parse(text);
    assertThat(records).hasSize(1);
    assertThat(records.get(0).toList()).isEqualTo(row);
  }

  @Test
  void nullAndEmptyCellsAreEmpty() throws Exception {
    String text = write(Arrays.asList("a", null, "", "d"));
    assertThat(text).isEqualTo("a,,,d\r\n");
    assertThat(parse(text).get(0).toList()).containsExactly("a", "", "", "d");
  }

  @Test
  void cellsThatASpreadsheetWouldEvaluateArePrefixed() throws Exception {
    List<String> row =
        List.of(
            "=HYPERLINK(\"http://x\")",
            "+33 1 23",
            "-2+3",
            "@SUM(A1)",
            "\tcmd",
            "\rcmd",
            "a=b",
            "2026-11-23");
    String text = write(row);
    List<String> back = parse(text).get(0).toList();
    assertThat(back)
        .containsExactly(
            "'=HYPERLINK(\"http://x\")",
            "'+33 1 23",
            "'-2+3",
            "'@SUM(A1)",
            "'\tcmd",
            "'\rcmd",
            "a=b",
            "2026-11-23");
  }

  @Test
  void multiValuedCellsJoinWithABarAndEscapeIt() {
    assertThat(CsvWriter.join(List.of("food", "food.access", "mobility")))
        .isEqualTo("food|food.access|mobility");
    assertThat(CsvWriter.join(List.of("Oui | non", "C:\\dossier", "x")))
        .isEqualTo("Oui \\| non|C:\\\\dossier|x");
    assertThat(CsvWriter.join(List.of())).isEmpty();
    assertThat(CsvWriter.join(Arrays.asList("a", null, "b"))).isEqualTo("a|b");
  }

  @Test
  void aJoinedCellIsStillProtectedAndQuoted() throws Exception {
    String cell = CsvWriter.join(List.of("=1+1", "a,b"));
    String text = write(List.of(cell));
    assertThat(parse(text).get(0).get(0)).isEqualTo("'=1+1|a,b");
  }
}
