// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.vocab.essaim;

import java.net.URI;
import java.util.regex.Pattern;
import org.essaim.federation.vocab.As;
import org.essaim.federation.vocab.AsObject;
import org.essaim.federation.vocab.Essaim;
import org.essaim.federation.vocab.VocabularyException;

/**
 * A sponsorship (parrainage): a labelled territory (parrain) accompanies a territory en lancement
 * (filleul) through its promo, e.g. Miramas → Caen in 2024-2025. A parrain may have several
 * filleuls. Between territories, not people.
 *
 * @param id the sponsorship's IRI
 * @param organizer the actor that records it, usually the national node ({@code attributedTo})
 * @param sponsor the parrain territory's actor
 * @param sponsee the filleul territory's actor
 * @param promo the promo it belongs to, or null
 * @param period e.g. 2024-2025, or null
 * @param status PROPOSED, ACTIVE, ENDED
 */
public record Sponsorship(
    URI id, URI organizer, URI sponsor, URI sponsee, URI promo, String period, String status) {

  private static final Pattern PERIOD = Pattern.compile("\\d{4}(-\\d{4})?");

  public Sponsorship {
    Nodes.require(id, "sponsorship id");
    Nodes.require(organizer, "organizer");
    Nodes.require(sponsor, "sponsor");
    Nodes.require(sponsee, "sponsee");
    if (sponsor.equals(sponsee)) {
      throw new VocabularyException("a territory cannot sponsor itself: " + sponsor);
    }
    if (period != null && !PERIOD.matcher(period).matches()) {
      throw new VocabularyException("sponsorship period must look like 2024-2025, got " + period);
    }
    Codes.code(status, Codes.SPONSORSHIP_STATUS, "sponsorship status");
  }

  public AsObject toAsObject() {
    AsObject.Builder builder = AsObject.builder().id(id).type(Essaim.SPONSORSHIP);
    builder.reference(As.ATTRIBUTED_TO, organizer);
    builder.reference(Essaim.SPONSOR, sponsor);
    builder.reference(Essaim.SPONSEE, sponsee);
    Nodes.reference(builder, Essaim.PROMO_PROPERTY, promo);
    Nodes.string(builder, Essaim.PERIOD, period);
    builder.string(Essaim.STATUS, status);
    return builder.build();
  }

  public static Sponsorship from(AsObject object) {
    return new Sponsorship(
        Nodes.typedId(object, Essaim.SPONSORSHIP),
        Nodes.requiredReference(object, As.ATTRIBUTED_TO),
        Nodes.requiredReference(object, Essaim.SPONSOR),
        Nodes.requiredReference(object, Essaim.SPONSEE),
        Nodes.reference(object, Essaim.PROMO_PROPERTY),
        Nodes.string(object, Essaim.PERIOD),
        Nodes.requiredString(object, Essaim.STATUS));
  }
}
