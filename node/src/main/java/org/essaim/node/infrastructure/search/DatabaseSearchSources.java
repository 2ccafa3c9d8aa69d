// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.essaim.federation.FederationException;
import org.essaim.federation.vocab.Actor;
import org.essaim.federation.vocab.AsObject;
import org.essaim.federation.vocab.Essaim;
import org.essaim.federation.vocab.essaim.PerimeterArea;
import org.essaim.federation.vocab.essaim.Territory;
import org.essaim.node.application.search.SearchSources;
import org.essaim.node.application.search.TerritoryCard;
import org.essaim.node.domain.model.challenge.ChallengeRepository;
import org.essaim.node.domain.model.challenge.ChallengeState;
import org.essaim.node.domain.model.event.EventRepository;
import org.essaim.node.domain.model.methodsheet.MethodSheet;
import org.essaim.node.domain.model.methodsheet.MethodSheetRepository;
import org.essaim.node.domain.model.methodsheet.MethodSheetVersion;
import org.essaim.node.domain.model.project.ProjectRepository;
import org.essaim.node.domain.model.solution.SolutionStatus;
import org.essaim.node.domain.model.solution.TransferableSolutionRepository;
import org.essaim.node.domain.model.territory.PerimeterLevel;
import org.essaim.node.domain.model.territory.TerritoryProfile;
import org.essaim.node.domain.model.territory.TerritoryRepository;
import org.essaim.node.domain.model.visibility.ShareableKind;
import org.essaim.node.domain.shared.Visibility;
import org.essaim.node.infrastructure.federation.publishing.SharedObjects;
import org.essaim.node.infrastructure.federation.publishing.WireObjects;
import org.essaim.node.infrastructure.federation.remote.RemoteActors;

/** The indexer's sources in this node: its records, its profile, its peers' cached actors. */
@ApplicationScoped
public class DatabaseSearchSources implements SearchSources {

  private static final Logger LOG = Logger.getLogger(DatabaseSearchSources.class.getName());

  @PersistenceContext(unitName = "essaim")
  private EntityManager entityManager;

  @Inject SharedObjects shared;
  @Inject ProjectRepository projects;
  @Inject MethodSheetRepository sheets;
  @Inject TransferableSolutionRepository solutions;
  @Inject ChallengeRepository challenges;
  @Inject EventRepository events;
  @Inject TerritoryRepository territories;
  @Inject RemoteActors actors;

  @Override
  public Optional<LocalObject> local(ShareableKind kind, long id) {
    WireObjects.Context context = shared.context();
    switch (kind) {
      case PROJECT:
        return projects
            .find(id)
            .filter(p -> shown(p.visibility()))
            .map(
                p ->
                    new LocalObject(
                        WireObjects.withTimes(
                            WireObjects.project(context, id, p), p.createdAt(), p.updatedAt()),
                        p.visibility()));
      case METHOD_SHEET:
        return sheets
            .find(id)
            .filter(s -> shown(s.visibility()) && s.state().publiclyVisible())
            .flatMap(s -> sheet(context, s));
      case TRANSFERABLE_SOLUTION:
        return solutions
            .find(id)
            .filter(s -> shown(s.visibility()) && s.status() == SolutionStatus.PUBLISHED)
            .map(
                s ->
                    new LocalObject(
                        WireObjects.withTimes(
                            WireObjects.solution(context, id, s), s.createdAt(), s.updatedAt()),
                        s.visibility()));
      case CHALLENGE:
        return challenges
            .find(id)
            .filter(c -> shown(c.visibility()) && c.state() != ChallengeState.DRAFT)
            .map(
                c ->
                    new LocalObject(
                        WireObjects.withTimes(
                            WireObjects.challenge(context, id, c), c.createdAt(), c.updatedAt()),
                        c.visibility()));
      case EVENT:
        return events
            .find(id)
            .filter(e -> shown(e.visibility()))
            .map(
                e ->
                    new LocalObject(
                        WireObjects.withTimes(
                            WireObjects.event(context, id, e), e.createdAt(), e.updatedAt()),
                        e.visibility()));
      default:
        return Optional.empty();
    }
  }

  private Optional<LocalObject> sheet(WireObjects.Context context, MethodSheet sheet) {
    Optional<MethodSheetVersion> published =
        sheet.publishedVersion().flatMap(n -> sheets.version(sheet.id(), n));
    return published.map(
        version ->
            new LocalObject(
                WireObjects.withTimes(
                    WireObjects.methodSheet(context, sheet, version),
                    sheet.publishedAt().orElse(sheet.createdAt()),
                    sheet.updatedAt()),
                sheet.visibility()));
  }

  private static boolean shown(Visibility visibility) {
    return visibility != Visibility.PRIVATE;
  }

  @Override
  public URI address(ShareableKind kind, long id) {
    return shared.urls().object(kind, id);
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<Long> localIds(ShareableKind kind) {
    String table;
    switch (kind) {
      case PROJECT:
        table = "project";
        break;
      case METHOD_SHEET:
        table = "method_sheet";
        break;
      case TRANSFERABLE_SOLUTION:
        table = "transferable_solution";
        break;
      case CHALLENGE:
        table = "challenge";
        break;
      case EVENT:
        table = "event";
        break;
      default:
        return List.of();
    }
    List<Object> ids =
        entityManager.createNativeQuery("SELECT id FROM " + table + " ORDER BY id").getResultList();
    return ids.stream().map(id -> ((Number) id).longValue()).toList();
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<URI> copyIds() {
    List<Object> ids =
        entityManager
            .createNativeQuery(
                "SELECT object_id FROM remote_object WHERE deleted_at IS NULL"
                    + " AND kind IN ('PROJECT', 'METHOD_SHEET', 'SOLUTION', 'CHALLENGE', 'EVENT')"
                    + " ORDER BY id")
            .getResultList();
    return ids.stream().map(id -> URI.create((String) id)).toList();
  }

  /** Whether this node holds any object or copy the index could hold. */
  public boolean holdsAnything() {
    Object any =
        entityManager
            .createNativeQuery(
                "SELECT EXISTS (SELECT 1 FROM project) OR EXISTS (SELECT 1 FROM method_sheet)"
                    + " OR EXISTS (SELECT 1 FROM transferable_solution)"
                    + " OR EXISTS (SELECT 1 FROM challenge) OR EXISTS (SELECT 1 FROM event)"
                    + " OR EXISTS (SELECT 1 FROM remote_object WHERE deleted_at IS NULL)")
            .getSingleResult();
    return Boolean.TRUE.equals(any);
  }

  @Override
  public TerritoryCard ownTerritory() {
    URI actor = shared.urls().territoryActor();
    return territories
        .thisNode()
        .map(
            t -> {
              TerritoryProfile profile = t.profile();
              String region =
                  profile.perimeter().stream()
                      .filter(
                          a ->
                              a.level() == PerimeterLevel.REGION
                                  || a.level() == PerimeterLevel.SUBDIVISION)
                      .map(a -> a.label())
                      .findFirst()
                      .orElse(null);
              return new TerritoryCard(actor, profile.name(), region, true);
            })
        .orElseGet(() -> new TerritoryCard(actor, null, null, true));
  }

  @Override
  public TerritoryCard territory(URI actorId, String knownName) {
    Actor actor;
    try {
      actor = actors.actor(actorId);
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "Actor unreadable for the search index: " + actorId, e);
      return new TerritoryCard(actorId, knownName, null, false);
    }
    AsObject document = actor.asObject();
    boolean essaimTerritory = document.hasType(Essaim.TERRITORY);
    // Essaim territories publish PUBLIC objects to be found; other servers' actors must opt in,
    // as Mastodon reads the flag.
    boolean indexable = document.bool(Essaim.INDEXABLE).orElse(essaimTerritory);
    String region = null;
    if (essaimTerritory) {
      try {
        region =
            Territory.from(document).perimeter().stream()
                .filter(a -> "region".equals(a.level()))
                .map(PerimeterArea::label)
                .findFirst()
                .orElse(null);
      } catch (FederationException e) {
        LOG.log(Level.FINE, "Territory terms unreadable: " + actorId, e);
      }
    }
    return new TerritoryCard(actorId, actor.name().orElse(knownName), region, indexable);
  }
}
