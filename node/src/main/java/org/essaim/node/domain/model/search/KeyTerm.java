// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.search;

import java.util.Objects;

/**
 * One term of a document's pruned term vector.
 *
 * @param lexeme the French stem without accents ({@code epicer})
 * @param weight its tf-idf weight in the document's unit vector
 * @param surface the word as the document writes it most often ({@code épiceries}), for people
 */
public record KeyTerm(String lexeme, double weight, String surface) {

  public KeyTerm {
    Objects.requireNonNull(lexeme, "lexeme");
    surface = surface == null || surface.isBlank() ? lexeme : surface;
  }
}
