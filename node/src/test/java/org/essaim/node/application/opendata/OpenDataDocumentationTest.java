// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every dataset and every column of the open data files is documented in docs/open-data.md. */
class OpenDataDocumentationTest {

  @Test
  void everyColumnIsInTheOpenDataPage() throws IOException {
    String page = Files.readString(Path.of("").toAbsolutePath().resolve("../docs/open-data.md"));
    for (OpenDataset dataset : OpenDataset.values()) {
      assertThat(page).as(dataset.slug()).contains("`" + dataset.slug() + ".csv`");
      for (OpenDataColumn<?> column : OpenDataColumns.described(dataset)) {
        assertThat(page)
            .as(dataset.slug() + " column " + column.name())
            .contains("`" + column.name() + "`");
      }
    }
  }
}
