// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.essaim.node.application.NodeMode;
import org.essaim.node.domain.model.registry.IssuedAttestationRepository;
import org.essaim.node.domain.model.registry.PromoRepository;
import org.essaim.node.domain.shared.Visibility;
import org.essaim.node.infrastructure.config.NodeSettings;
import org.essaim.node.infrastructure.federation.publishing.PublishedKind;
import org.essaim.node.infrastructure.federation.publishing.PublishedObjectSource;
import org.essaim.node.infrastructure.federation.publishing.SharedObject;
import org.essaim.node.interfaces.federation.FederationUrls;

/**
 * The label attestations the national actor issued, PUBLIC so any node can check a peer's label;
 * signed like every published object (FEP-8b32, the actor's Ed25519 key).
 */
@ApplicationScoped
public class LabelAttestationSource implements PublishedObjectSource {

  @Inject IssuedAttestationRepository attestations;
  @Inject PromoRepository promos;
  @Inject NodeMode mode;
  @Inject NodeSettings node;

  @Override
  public PublishedKind kind() {
    return PublishedKind.LABEL_ATTESTATION;
  }

  @Override
  public Optional<SharedObject> current(long id) {
    if (mode != NodeMode.AGGREGATOR) {
      return Optional.empty();
    }
    FederationUrls urls = FederationUrls.of(node.baseUrl());
    return attestations
        .find(id)
        .map(
            a ->
                new SharedObject(
                    urls.object(kind(), id),
                    kind(),
                    id,
                    Visibility.PUBLIC,
                    RegistryWire.attestation(
                        urls, id, a, a.promoId().flatMap(promos::find).isPresent())));
  }
}
