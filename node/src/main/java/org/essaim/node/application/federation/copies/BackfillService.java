// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.federation.copies;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import org.essaim.node.application.ConflictException;
import org.essaim.node.application.FieldError;
import org.essaim.node.application.InvalidInputException;
import org.essaim.node.application.Page;
import org.essaim.node.application.PageRequest;
import org.essaim.node.application.federation.Backfill;
import org.essaim.node.application.federation.PeerPolicy;
import org.essaim.node.domain.model.remote.BackfillState;

/** Administrators' view of the outbox walks, and their re-runs. */
@ApplicationScoped
public class BackfillService {

  @Inject PeerPolicy peers;
  @Inject BackfillRuns runs;
  @Inject Backfill backfill;

  public Page<BackfillRunView> list(PageRequest request) {
    return runs.list(request);
  }

  /**
   * Walks the followed actor's outbox again.
   *
   * @throws InvalidInputException when the actor is not a followed peer
   * @throws ConflictException when its walk is running
   */
  public BackfillRunView rerun(URI actor) {
    if (!peers.follows(actor)) {
      throw new InvalidInputException(
          List.of(new FieldError("actor", "is not a peer this territory follows")));
    }
    if (runs.find(actor).filter(r -> r.state() == BackfillState.RUNNING).isPresent()) {
      throw new ConflictException("The outbox of " + actor + " is being walked already");
    }
    backfill.startFor(actor);
    return runs.find(actor).orElseThrow();
  }
}
