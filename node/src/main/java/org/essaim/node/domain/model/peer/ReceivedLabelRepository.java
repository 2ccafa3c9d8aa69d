// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.peer;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The label attestations received from the national actor, with their verdicts. */
public interface ReceivedLabelRepository {

  Optional<ReceivedLabel> findByAttestation(URI attestation);

  void add(ReceivedLabel label);

  void remove(ReceivedLabel label);

  /** Every one, by territory. */
  List<ReceivedLabel> all();

  /** The territories a valid LABELLED attestation of {@code issuer} names. */
  Set<URI> labelledBy(URI issuer);
}
