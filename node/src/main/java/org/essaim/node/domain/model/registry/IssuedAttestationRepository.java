// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.registry;

import java.util.List;
import java.util.Optional;

/** The label attestations the national actor issued. */
public interface IssuedAttestationRepository {

  Optional<IssuedAttestation> find(long id);

  Optional<IssuedAttestation> findByTerritory(long territoryId);

  /** Every one, oldest first. */
  List<IssuedAttestation> all();

  /** Stores it; its id is known on return. */
  void add(IssuedAttestation attestation);

  void remove(IssuedAttestation attestation);
}
