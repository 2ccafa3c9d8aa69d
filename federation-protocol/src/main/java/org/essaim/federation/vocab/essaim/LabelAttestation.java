// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.vocab.essaim;

import java.net.URI;
import java.time.LocalDate;
import org.essaim.federation.vocab.As;
import org.essaim.federation.vocab.AsObject;
import org.essaim.federation.vocab.Essaim;

/**
 * A label attestation (attestation de label), issued and signed by the national association after
 * its comité de labellisation, so any node can check a peer's label. Published to everyone; a later
 * attestation with SUSPENDED or WITHDRAWN replaces it. Committee deliberations never appear.
 *
 * @param id the attestation's IRI
 * @param issuer the national association's actor ({@code attributedTo})
 * @param territory the labelled territory's actor
 * @param labelStatus LABELLED, SUSPENDED or WITHDRAWN
 * @param labelDate date of the labelling committee, e.g. 2024-04-15 for Miramas
 * @param promo the promo the territory came from, or null
 */
public record LabelAttestation(
    URI id, URI issuer, URI territory, String labelStatus, LocalDate labelDate, URI promo) {

  public LabelAttestation {
    Nodes.require(id, "attestation id");
    Nodes.require(issuer, "issuer");
    Nodes.require(territory, "territory");
    Codes.code(labelStatus, Codes.ATTESTED_LABEL_STATUS, "attested label status");
    Nodes.require(labelDate, "label date");
  }

  public AsObject toAsObject() {
    AsObject.Builder builder = AsObject.builder().id(id).type(Essaim.LABEL_ATTESTATION);
    builder.reference(As.ATTRIBUTED_TO, issuer);
    builder.reference(Essaim.TERRITORY_PROPERTY, territory);
    builder.string(Essaim.LABEL_STATUS, labelStatus);
    Nodes.date(builder, Essaim.LABEL_DATE, labelDate);
    Nodes.reference(builder, Essaim.PROMO_PROPERTY, promo);
    return builder.build();
  }

  public static LabelAttestation from(AsObject object) {
    return new LabelAttestation(
        Nodes.typedId(object, Essaim.LABEL_ATTESTATION),
        Nodes.requiredReference(object, As.ATTRIBUTED_TO),
        Nodes.requiredReference(object, Essaim.TERRITORY_PROPERTY),
        Nodes.requiredString(object, Essaim.LABEL_STATUS),
        Nodes.date(object, Essaim.LABEL_DATE),
        Nodes.reference(object, Essaim.PROMO_PROPERTY));
  }
}
