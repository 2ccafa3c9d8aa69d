// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation.registry;

import java.net.URI;
import java.util.List;
import org.essaim.federation.vocab.AsObject;
import org.essaim.federation.vocab.essaim.LabelAttestation;
import org.essaim.federation.vocab.essaim.LocalizedText;
import org.essaim.federation.vocab.essaim.Promo;
import org.essaim.federation.vocab.essaim.Sponsorship;
import org.essaim.node.domain.model.registry.IssuedAttestation;
import org.essaim.node.domain.model.registry.PromoTerms;
import org.essaim.node.infrastructure.federation.publishing.PublishedKind;
import org.essaim.node.infrastructure.federation.publishing.WireObjects;
import org.essaim.node.interfaces.federation.FederationUrls;

/**
 * The registry's objects as the vocabulary writes them. Territories are named by their actors only;
 * committee decisions, notes, module details and anything about people never appear.
 */
public final class RegistryWire {

  private RegistryWire() {}

  public static AsObject attestation(
      FederationUrls urls, long id, IssuedAttestation a, boolean promoExists) {
    LabelAttestation attestation =
        new LabelAttestation(
            urls.object(PublishedKind.LABEL_ATTESTATION, id),
            urls.territoryActor(),
            a.territoryActor(),
            a.labelStatus().name(),
            a.labelDate(),
            promoExists ? urls.object(PublishedKind.PROMO, a.promoId().orElseThrow()) : null);
    return WireObjects.withTimes(attestation.toAsObject(), a.issuedAt(), a.updatedAt());
  }

  public static Promo promo(
      FederationUrls urls, long id, PromoTerms terms, List<URI> members, List<URI> coAnimators) {
    return new Promo(
        urls.object(PublishedKind.PROMO, id),
        urls.territoryActor(),
        terms.number(),
        LocalizedText.fr(terms.name() == null ? "Promo " + terms.number() : terms.name()),
        terms.period(),
        terms.durationMonths() == null ? null : terms.durationMonths().longValue(),
        members,
        coAnimators);
  }

  public static Sponsorship sponsorship(
      FederationUrls urls,
      long id,
      URI sponsor,
      URI sponsee,
      Long promoId,
      String period,
      String status) {
    return new Sponsorship(
        urls.object(PublishedKind.SPONSORSHIP, id),
        urls.territoryActor(),
        sponsor,
        sponsee,
        promoId == null ? null : urls.object(PublishedKind.PROMO, promoId),
        period,
        status);
  }
}
