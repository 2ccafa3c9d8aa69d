// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.vocab.essaim;

import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;
import org.essaim.federation.vocab.As;
import org.essaim.federation.vocab.AsObject;
import org.essaim.federation.vocab.Essaim;
import org.essaim.federation.vocab.VocabularyException;

/**
 * A promo (cohort) of territories on the six-month path to the label, run by the national
 * association and co-animated by experienced territories. Its members are territories, never
 * people.
 *
 * @param id the promo's IRI
 * @param organizer the national association's actor ({@code attributedTo})
 * @param number 1, 2, 3…
 * @param name e.g. "Promo 2", or null
 * @param period e.g. 2024-2025
 * @param durationMonths length of the path, e.g. 6, or null
 * @param members the territories in the promo
 * @param coAnimatingTerritories the labelled territories that co-animate it
 */
public record Promo(
    URI id,
    URI organizer,
    long number,
    LocalizedText name,
    String period,
    Long durationMonths,
    List<URI> members,
    List<URI> coAnimatingTerritories) {

  private static final Pattern PERIOD = Pattern.compile("\\d{4}(-\\d{4})?");

  public Promo {
    Nodes.require(id, "promo id");
    Nodes.require(organizer, "organizer");
    if (number < 1) {
      throw new VocabularyException("promo number starts at 1, got " + number);
    }
    if (period == null || !PERIOD.matcher(period).matches()) {
      throw new VocabularyException("promo period must look like 2024-2025, got " + period);
    }
    if (durationMonths != null && durationMonths < 1) {
      throw new VocabularyException("promo duration must be at least a month");
    }
    members = List.copyOf(members);
    coAnimatingTerritories = List.copyOf(coAnimatingTerritories);
  }

  public AsObject toAsObject() {
    AsObject.Builder builder = AsObject.builder().id(id).type(Essaim.PROMO);
    builder.reference(As.ATTRIBUTED_TO, organizer);
    builder.integer(Essaim.PROMO_NUMBER, number);
    Nodes.text(builder, As.NAME, name);
    builder.string(Essaim.PERIOD, period);
    Nodes.integer(builder, Essaim.DURATION_MONTHS, durationMonths);
    Nodes.references(builder, Essaim.MEMBER, members);
    Nodes.references(builder, Essaim.CO_ANIMATING_TERRITORY, coAnimatingTerritories);
    return builder.build();
  }

  public static Promo from(AsObject object) {
    URI id = Nodes.typedId(object, Essaim.PROMO);
    Long number = Nodes.integer(object, Essaim.PROMO_NUMBER);
    if (number == null) {
      Nodes.requiredString(object, Essaim.PROMO_NUMBER); // throws the usual message
    }
    return new Promo(
        id,
        Nodes.requiredReference(object, As.ATTRIBUTED_TO),
        number,
        Nodes.text(object, As.NAME),
        Nodes.requiredString(object, Essaim.PERIOD),
        Nodes.integer(object, Essaim.DURATION_MONTHS),
        Nodes.references(object, Essaim.MEMBER),
        Nodes.references(object, Essaim.CO_ANIMATING_TERRITORY));
  }
}
