// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.vocab.essaim;

/**
 * Which code values the records of this package accept, for a node that maps its own records and
 * must leave out a value the vocabulary would refuse instead of failing the whole object.
 */
public final class WireCodes {
  private WireCodes() {}

  /** A theme key under a known top concept of the national theme scheme. */
  public static boolean isTheme(String key) {
    if (key == null) {
      return false;
    }
    try {
      Codes.themes(java.util.List.of(key), "theme");
      return true;
    } catch (org.essaim.federation.vocab.VocabularyException e) {
      return false;
    }
  }

  /** A key of the network taxonomy's support-modes scheme. */
  public static boolean isSupportMode(String key) {
    return key != null && Codes.SUPPORT_MODE.contains(key);
  }

  /** A key of the network taxonomy's legal-forms scheme. */
  public static boolean isLegalForm(String key) {
    return key != null && Codes.LEGAL_FORM.contains(key);
  }

  /** A key of the network taxonomy's project-stages scheme. */
  public static boolean isProjectStage(String key) {
    return key != null && Codes.PROJECT_STAGE.contains(key);
  }
}
