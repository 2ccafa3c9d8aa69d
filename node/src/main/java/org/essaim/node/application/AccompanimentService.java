// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.essaim.node.domain.model.accompaniment.Accompaniment;
import org.essaim.node.domain.model.accompaniment.AccompanimentOutcome;
import org.essaim.node.domain.model.accompaniment.AccompanimentPlan;
import org.essaim.node.domain.model.accompaniment.AccompanimentRepository;
import org.essaim.node.domain.model.accompaniment.ProgrammeFormat;
import org.essaim.node.domain.model.organization.Organization;
import org.essaim.node.domain.model.organization.OrganizationRepository;
import org.essaim.node.domain.model.project.ProjectRepository;

/** The accompaniments of a project. PRIVATE: only the team calls this service. */
@ApplicationScoped
public class AccompanimentService {

  @Inject AccompanimentRepository accompaniments;
  @Inject ProjectRepository projects;
  @Inject OrganizationRepository organizations;
  @Inject Clock clock;

  /**
   * @throws InvalidInputException when the provider organisation does not exist
   */
  @Transactional
  public AccompanimentView create(long projectId, AccompanimentPlan plan) {
    project(projectId);
    requireProvider(plan);
    Accompaniment accompaniment = new Accompaniment(projectId, plan, clock.instant());
    accompaniments.add(accompaniment);
    accompaniments.flush();
    return view(accompaniment);
  }

  @Transactional
  public Page<AccompanimentView> list(
      long projectId,
      Optional<ProgrammeFormat> format,
      Optional<AccompanimentOutcome> outcome,
      boolean newestFirst,
      PageRequest request) {
    project(projectId);
    return new Page<>(
        accompaniments
            .search(projectId, format, outcome, newestFirst, Page.offset(request), request.size())
            .stream()
            .map(this::view)
            .toList(),
        request.page(),
        request.size(),
        accompaniments.count(projectId, format, outcome));
  }

  @Transactional
  public AccompanimentView get(long projectId, long id) {
    return view(accompaniment(projectId, id));
  }

  @Transactional
  public AccompanimentView replan(
      long projectId, long id, AccompanimentPlan plan, OptionalLong expected) {
    Accompaniment accompaniment = current(projectId, id, expected);
    requireProvider(plan);
    accompaniment.plan(plan, clock.instant());
    accompaniments.flush();
    return view(accompaniment);
  }

  @Transactional
  public void delete(long projectId, long id, OptionalLong expected) {
    accompaniments.remove(current(projectId, id, expected));
    accompaniments.flush();
  }

  private AccompanimentView view(Accompaniment a) {
    Long provider = a.currentPlan().providerOrganizationId();
    return AccompanimentView.of(
        a,
        provider == null
            ? null
            : organizations.find(provider).map(Organization::name).orElse(null));
  }

  private void project(long projectId) {
    if (projects.find(projectId).isEmpty()) {
      throw new NotFoundException("there is no project " + projectId);
    }
  }

  private Accompaniment accompaniment(long projectId, long id) {
    project(projectId);
    return accompaniments
        .find(projectId, id)
        .orElseThrow(
            () -> new NotFoundException("project " + projectId + " has no accompaniment " + id));
  }

  private Accompaniment current(long projectId, long id, OptionalLong expected) {
    Accompaniment accompaniment = accompaniment(projectId, id);
    StaleVersionException.requireCurrent(expected, accompaniment.version());
    return accompaniment;
  }

  private void requireProvider(AccompanimentPlan plan) {
    Long provider = plan.providerOrganizationId();
    if (provider != null && organizations.find(provider).isEmpty()) {
      throw new InvalidInputException(
          List.of(
              new FieldError("providerOrganizationId", "there is no organisation " + provider)));
    }
  }
}
