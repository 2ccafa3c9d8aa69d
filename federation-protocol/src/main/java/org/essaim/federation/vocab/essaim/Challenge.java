// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.vocab.essaim;

import java.net.URI;
import java.util.List;
import org.essaim.federation.vocab.As;
import org.essaim.federation.vocab.AsObject;
import org.essaim.federation.vocab.Essaim;

/**
 * A territorial challenge (défi) distilled from inhabitants' dreams, shared with the network only
 * so that other territories can match it with solutions: title, themes and status. Its statement,
 * source dreams and evening details stay on the node.
 *
 * @param id the défi's IRI
 * @param territory the actor of the territory that works on it (written as {@code attributedTo})
 * @param name its title, French first, e.g. « Comment réduire les déchets du BTP ? »
 * @param themes keys of the theme scheme
 * @param status DRAFT … IN_DEPLOYMENT, RESOLVED, ABANDONED, MERGED
 */
public record Challenge(
    URI id, URI territory, LocalizedText name, List<String> themes, String status) {

  public Challenge {
    Nodes.require(id, "challenge id");
    Nodes.require(territory, "challenge territory");
    Nodes.require(name, "challenge name");
    themes = Codes.themes(themes, "theme");
    Codes.code(status, Codes.CHALLENGE_STATUS, "challenge status");
  }

  public AsObject toAsObject() {
    AsObject.Builder builder = AsObject.builder().id(id).type(Essaim.CHALLENGE);
    builder.reference(As.ATTRIBUTED_TO, territory);
    Nodes.text(builder, As.NAME, name);
    Nodes.strings(builder, Essaim.THEME, themes);
    builder.string(Essaim.STATUS, status);
    return builder.build();
  }

  public static Challenge from(AsObject object) {
    return new Challenge(
        Nodes.typedId(object, Essaim.CHALLENGE),
        Nodes.requiredReference(object, As.ATTRIBUTED_TO),
        Nodes.requiredText(object, As.NAME),
        Nodes.strings(object, Essaim.THEME),
        Nodes.requiredString(object, Essaim.STATUS));
  }
}
