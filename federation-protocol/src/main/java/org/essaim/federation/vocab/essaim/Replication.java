// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.vocab.essaim;

import java.net.URI;
import org.essaim.federation.vocab.As;
import org.essaim.federation.vocab.AsObject;
import org.essaim.federation.vocab.Essaim;

/**
 * A replication (essaimage): a territory taking up a transferable solution, from first interest to
 * a working copy.
 *
 * @param id the replication's IRI
 * @param solution the transferable solution taken up
 * @param replicatingTerritory the actor of the territory that replicates it
 * @param status INTERESTED, IN_PROGRESS, REPLICATED, ABANDONED
 * @param summary what was adapted to local conditions, or null
 */
public record Replication(
    URI id, URI solution, URI replicatingTerritory, String status, LocalizedText summary) {

  public Replication {
    Nodes.require(id, "replication id");
    Nodes.require(solution, "solution");
    Nodes.require(replicatingTerritory, "replicating territory");
    Codes.code(status, Codes.REPLICATION_STATUS, "replication status");
  }

  public AsObject toAsObject() {
    AsObject.Builder builder = AsObject.builder().id(id).type(Essaim.REPLICATION);
    builder.reference(Essaim.SOLUTION, solution);
    builder.reference(Essaim.REPLICATING_TERRITORY, replicatingTerritory);
    builder.string(Essaim.STATUS, status);
    Nodes.text(builder, As.SUMMARY, summary);
    return builder.build();
  }

  public static Replication from(AsObject object) {
    return new Replication(
        Nodes.typedId(object, Essaim.REPLICATION),
        Nodes.requiredReference(object, Essaim.SOLUTION),
        Nodes.requiredReference(object, Essaim.REPLICATING_TERRITORY),
        Nodes.requiredString(object, Essaim.STATUS),
        Nodes.text(object, As.SUMMARY));
  }
}
