// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.search;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * What similar objects are looked for from: an indexed object, or one of this node's objects the
 * index does not hold (a PRIVATE project, a défi still in draft), described by the same fields.
 *
 * @param objectUri its id, never suggested back
 * @param title its name
 * @param summary its summary, or null
 * @param body its own text without the taxonomy labels, or null
 * @param themes theme keys with their ancestors
 * @param supportModes support mode keys
 * @param answersChallenge the défi it answers, or null
 */
public record SimilarSource(
    URI objectUri,
    String title,
    String summary,
    String body,
    List<String> themes,
    List<String> supportModes,
    URI answersChallenge) {

  public SimilarSource {
    Objects.requireNonNull(objectUri, "objectUri");
    Objects.requireNonNull(title, "title");
    themes = List.copyOf(themes == null ? List.of() : themes);
    supportModes = List.copyOf(supportModes == null ? List.of() : supportModes);
  }
}
