// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.vocab.essaim;

/**
 * A text in French, optionally translated into English. Written as AS2 does: the French text as the
 * plain value ({@code name}) and both in the language map ({@code nameMap}).
 *
 * @param fr the French text, required
 * @param en the English translation, or null
 */
public record LocalizedText(String fr, String en) {
  public LocalizedText {
    fr = Nodes.require(Nodes.blankToNull(fr), "French text");
    en = Nodes.blankToNull(en);
  }

  public static LocalizedText fr(String fr) {
    return new LocalizedText(fr, null);
  }

  public static LocalizedText of(String fr, String en) {
    return new LocalizedText(fr, en);
  }
}
