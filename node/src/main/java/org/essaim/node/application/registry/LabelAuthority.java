// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import org.essaim.node.application.registry.AuthorityObjectChanged.AuthorityKind;
import org.essaim.node.domain.model.registry.IssuedAttestation;
import org.essaim.node.domain.model.registry.IssuedAttestationRepository;
import org.essaim.node.domain.model.registry.LabelStatus;
import org.essaim.node.domain.model.registry.TerritoryEntry;
import org.essaim.node.domain.model.registry.TerritoryEntryRepository;

/**
 * The national actor as labelling authority: when a registered territory becomes LABELLED its
 * attestation is issued (or reinstated); SUSPENDED or WITHDRAWN revokes it (the same attestation,
 * updated with that status); leaving the registry deletes it. In the transaction of the status
 * change, so the attestation and its publication follow it or nothing happens.
 */
@ApplicationScoped
public class LabelAuthority {

  @Inject IssuedAttestationRepository attestations;
  @Inject TerritoryEntryRepository entries;
  @Inject Event<AuthorityObjectChanged> changes;

  Clock clock = Clock.systemUTC();

  void onStatus(@Observes LabelStatusChanged change) {
    Optional<IssuedAttestation> issued = attestations.findByTerritory(change.entryId());
    if (change.after() == null) {
      issued.ifPresent(
          a -> {
            attestations.remove(a);
            changed(a);
          });
      return;
    }
    Optional<TerritoryEntry> entry = entries.find(change.entryId());
    if (entry.isEmpty()) {
      return;
    }
    TerritoryEntry e = entry.get();
    LabelStatus status = change.after();
    if (status == LabelStatus.LABELLED) {
      if (issued.isPresent()) {
        issued
            .get()
            .state(status, e.labelDate().orElse(null), e.promoId().orElse(null), clock.instant());
        changed(issued.get());
      } else {
        IssuedAttestation created =
            new IssuedAttestation(
                e.id(),
                e.actor(),
                e.labelDate().orElseThrow(),
                e.promoId().orElse(null),
                clock.instant());
        attestations.add(created);
        changed(created);
      }
    } else if (status.revokesLabel() && issued.isPresent()) {
      IssuedAttestation a = issued.get();
      if (a.labelStatus() != status) {
        a.state(status, null, a.promoId().orElse(null), clock.instant());
        changed(a);
      }
    }
  }

  private void changed(IssuedAttestation attestation) {
    changes.fire(new AuthorityObjectChanged(AuthorityKind.LABEL_ATTESTATION, attestation.id()));
  }
}
