// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application;

import java.util.List;
import org.essaim.node.domain.model.dream.DreamState;
import org.essaim.node.domain.model.dream.SimilarDream;

/** A dream suggested to the team for clustering, with how much it resembles (best first). */
public record SimilarDreamView(
    long id, String text, List<String> themes, DreamState state, double score) {

  static SimilarDreamView of(SimilarDream similar) {
    return new SimilarDreamView(
        similar.dream().id(),
        similar.dream().text(),
        similar.dream().themes(),
        similar.dream().state(),
        Math.round(similar.score() * 1000) / 1000.0);
  }
}
