// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.essaim.node.interfaces.web.team.LineDiff.Change;
import org.essaim.node.interfaces.web.team.LineDiff.Line;
import org.junit.jupiter.api.Test;

class LineDiffTest {

  @Test
  void keptLinesStayChangedOnesAreRemovedThenAdded() {
    List<Line> diff =
        LineDiff.of("Titre\nAncienne phrase\nFin", "Titre\nNouvelle phrase\nFin\nAjout");

    assertThat(diff)
        .containsExactly(
            new Line(Change.SAME, "Titre"),
            new Line(Change.REMOVED, "Ancienne phrase"),
            new Line(Change.ADDED, "Nouvelle phrase"),
            new Line(Change.SAME, "Fin"),
            new Line(Change.ADDED, "Ajout"));
  }

  @Test
  void anEmptyTextIsAllAddedOrAllRemoved() {
    assertThat(LineDiff.of("", "a\nb")).extracting(Line::change).containsOnly(Change.ADDED);
    assertThat(LineDiff.of("a", null)).containsExactly(new Line(Change.REMOVED, "a"));
  }

  @Test
  void textsTooLongForTheTableAreShownWhole() {
    String before = "x\n".repeat(2_500);
    String after = "y\n".repeat(2_500);

    List<Line> diff = LineDiff.of(before, after);

    assertThat(diff).hasSize(5_002);
    assertThat(diff.get(0).change()).isEqualTo(Change.REMOVED);
    assertThat(diff.get(diff.size() - 1).change()).isEqualTo(Change.ADDED);
  }
}
