// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.essaim.node.application.registry.AuthorityObjectChanged;
import org.essaim.node.domain.model.registry.TerritoryEntryRepository;
import org.essaim.node.infrastructure.federation.publishing.PublishedKind;
import org.essaim.node.infrastructure.federation.publishing.Publisher;

/**
 * Publishes an authority object in the transaction of the registry change: Create, Update or Delete
 * to the followers, as the object now reads (or no longer exists).
 */
@ApplicationScoped
public class RegistryPublishing {

  @Inject Publisher publisher;
  @Inject TerritoryEntryRepository entries;

  void onChange(@Observes(during = TransactionPhase.IN_PROGRESS) AuthorityObjectChanged change) {
    // The sources read through queries: pending changes of this transaction first.
    entries.flush();
    publisher.publish(kind(change.kind()), change.id());
  }

  static PublishedKind kind(AuthorityObjectChanged.AuthorityKind kind) {
    return switch (kind) {
      case LABEL_ATTESTATION -> PublishedKind.LABEL_ATTESTATION;
      case PROMO -> PublishedKind.PROMO;
      case SPONSORSHIP -> PublishedKind.SPONSORSHIP;
    };
  }
}
