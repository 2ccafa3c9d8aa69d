// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation.figures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import org.essaim.node.application.federation.publishing.KeyFiguresPublishing;
import org.essaim.node.application.federation.publishing.PublishingDecision;
import org.essaim.node.domain.model.figures.FiguresSnapshot;
import org.essaim.node.domain.model.figures.FiguresSnapshotRepository;
import org.essaim.node.infrastructure.config.NodeSettings;
import org.essaim.node.infrastructure.federation.publishing.PublishedKind;
import org.essaim.node.infrastructure.federation.publishing.Publisher;
import org.essaim.node.interfaces.federation.FederationUrls;

/**
 * Publishes this territory's key figures through the {@link Publisher} (unchanged figures: nothing
 * is sent), and adds what it published to the figures history, as it does for the territories it
 * follows.
 */
@ApplicationScoped
public class KeyFiguresPublisher implements KeyFiguresPublishing {

  @Inject Publisher publisher;
  @Inject KeyFiguresSource source;
  @Inject FiguresSnapshotRepository snapshots;
  @Inject NodeSettings node;
  @Inject Clock clock;

  @Override
  @Transactional
  public PublishingDecision publishNow() {
    PublishingDecision decision = publisher.publish(PublishedKind.KEY_FIGURES, KeyFiguresSource.ID);
    if (decision == PublishingDecision.CREATE || decision == PublishingDecision.UPDATE) {
      Instant now = clock.instant();
      snapshots.add(
          new FiguresSnapshot(
              FederationUrls.of(node.baseUrl()).territoryActor(),
              address(),
              source.territoryFigures(),
              now,
              now));
    }
    return decision;
  }

  @Override
  public URI address() {
    return FederationUrls.of(node.baseUrl()).object(PublishedKind.KEY_FIGURES, KeyFiguresSource.ID);
  }
}
