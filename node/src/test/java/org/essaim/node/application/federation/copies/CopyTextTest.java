// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.federation.copies;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CopyTextTest {

  @Test
  void aSheetsHtmlBecomesParagraphsOfPlainText() {
    String html =
        "<h2>Préparer</h2><p>Réunir <strong>l'équipe</strong> &amp; les\nhabitants.</p>"
            + "<ul><li>Un lieu</li><li>Des chaises</li></ul><p>Fin<br>du texte</p>";

    assertThat(CopyText.plain(html))
        .isEqualTo(
            "## Préparer\n\nRéunir l'équipe & les\nhabitants.\n\n- Un lieu\n- Des chaises\n\nFin\ndu texte");
  }

  @Test
  void markupAndScriptsNeverSurviveOnlyTheirWords() {
    String text =
        CopyText.plain("<p onclick=\"x()\">Bonjour &lt;b&gt;</p><script>alert(1)</script>");

    assertThat(text).doesNotContain("<p").doesNotContain("<script").doesNotContain("onclick");
    assertThat(text).startsWith("Bonjour <b>");
  }

  @Test
  void nothingGivesAnEmptyText() {
    assertThat(CopyText.plain(null)).isEmpty();
    assertThat(CopyText.plain("<p> </p>")).isEmpty();
  }
}
