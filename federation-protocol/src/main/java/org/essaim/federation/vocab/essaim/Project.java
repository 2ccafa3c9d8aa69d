// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.vocab.essaim;

import java.net.URI;
import java.util.List;
import org.essaim.federation.vocab.As;
import org.essaim.federation.vocab.AsObject;
import org.essaim.federation.vocab.Essaim;

/**
 * A project (projet, solution) a territory supports, as its node publishes it to the network: the
 * public summary, stage, themes, carrier and partner organisations and impact counts. Internal
 * notes, the collectif's members and the detail of finances stay on the node.
 *
 * @param id the project's IRI
 * @param territory the actor of the territory that carries it (written as {@code attributedTo})
 * @param name title, French first
 * @param summary public summary, or null
 * @param stage idea, first-steps, emergence, creation, launched, consolidation, development,
 *     acceleration, swarming
 * @param status ACTIVE, PAUSED, STOPPED, TRANSFERRED, or null
 * @param origin SUT_CHALLENGE, INCUBATOR, EXISTING_ACCELERATED, TRANSPOSED_FROM,
 *     EXTERNAL_CATALOGUE, or null
 * @param themes keys of the theme scheme, e.g. food.short-supply-chains
 * @param supportModes keys of the support-mode scheme, e.g. incubation
 * @param carrierOrganization the legal carrier once created, or null
 * @param legalForm its target or actual legal form (SCIC, ASSOCIATION_1901…), or null
 * @param partners partner organisations (never their contact persons)
 * @param answersChallenge the défi it answers, or null
 * @param pepite a projet pépite the network accelerates
 * @param transferable its carriers offer it for essaimage
 * @param jobsCreated jobs created, or null if not measured
 * @param jobsConsolidated jobs consolidated, or null
 * @param location where it happens, at commune level at most, or null
 * @param url its public page, or null
 */
public record Project(
    URI id,
    URI territory,
    LocalizedText name,
    LocalizedText summary,
    String stage,
    String status,
    String origin,
    List<String> themes,
    List<String> supportModes,
    Organization carrierOrganization,
    String legalForm,
    List<Organization> partners,
    URI answersChallenge,
    boolean pepite,
    boolean transferable,
    Long jobsCreated,
    Long jobsConsolidated,
    PerimeterArea location,
    URI url) {

  public Project {
    Nodes.require(id, "project id");
    Nodes.require(territory, "project territory");
    Nodes.require(name, "project name");
    Codes.code(stage, Codes.PROJECT_STAGE, "project stage");
    Codes.optionalCode(status, Codes.PROJECT_STATUS, "project status");
    Codes.optionalCode(origin, Codes.PROJECT_ORIGIN, "project origin");
    themes = Codes.themes(themes, "theme");
    supportModes = Codes.codes(supportModes, Codes.SUPPORT_MODE, "support mode");
    Codes.optionalCode(legalForm, Codes.LEGAL_FORM, "legal form");
    partners = List.copyOf(partners);
    Nodes.positive(jobsCreated, "jobs created");
    Nodes.positive(jobsConsolidated, "jobs consolidated");
  }

  public AsObject toAsObject() {
    AsObject.Builder builder = Nodes.article(id, Essaim.PROJECT);
    builder.reference(As.ATTRIBUTED_TO, territory);
    Nodes.text(builder, As.NAME, name);
    Nodes.text(builder, As.SUMMARY, summary);
    builder.string(Essaim.STAGE, stage);
    Nodes.string(builder, Essaim.STATUS, status);
    Nodes.string(builder, Essaim.PROJECT_ORIGIN, origin);
    Nodes.strings(builder, Essaim.THEME, themes);
    Nodes.strings(builder, Essaim.SUPPORT_MODE, supportModes);
    if (carrierOrganization != null) {
      builder.add(Essaim.CARRIER_ORGANIZATION, carrierOrganization.toAsValue());
    }
    Nodes.string(builder, Essaim.LEGAL_FORM, legalForm);
    partners.forEach(p -> builder.add(Essaim.PARTNER, p.toAsValue()));
    Nodes.reference(builder, Essaim.ANSWERS_CHALLENGE, answersChallenge);
    builder.bool(Essaim.PEPITE, pepite);
    builder.bool(Essaim.TRANSFERABLE, transferable);
    Nodes.integer(builder, Essaim.JOBS_CREATED, jobsCreated);
    Nodes.integer(builder, Essaim.JOBS_CONSOLIDATED, jobsConsolidated);
    if (location != null) {
      builder.add(As.LOCATION, location.toAsObject());
    }
    Nodes.reference(builder, As.URL, url);
    return builder.build();
  }

  public static Project from(AsObject object) {
    URI id = Nodes.typedId(object, Essaim.PROJECT);
    List<Organization> carriers =
        object.values(Essaim.CARRIER_ORGANIZATION).stream()
            .map(v -> Organization.from(object, Essaim.CARRIER_ORGANIZATION, v))
            .toList();
    return new Project(
        id,
        Nodes.requiredReference(object, As.ATTRIBUTED_TO),
        Nodes.requiredText(object, As.NAME),
        Nodes.text(object, As.SUMMARY),
        Nodes.requiredString(object, Essaim.STAGE),
        Nodes.string(object, Essaim.STATUS),
        Nodes.string(object, Essaim.PROJECT_ORIGIN),
        Nodes.strings(object, Essaim.THEME),
        Nodes.strings(object, Essaim.SUPPORT_MODE),
        carriers.isEmpty() ? null : carriers.get(0),
        Nodes.string(object, Essaim.LEGAL_FORM),
        object.values(Essaim.PARTNER).stream()
            .map(v -> Organization.from(object, Essaim.PARTNER, v))
            .toList(),
        Nodes.reference(object, Essaim.ANSWERS_CHALLENGE),
        Nodes.flag(object, Essaim.PEPITE),
        Nodes.flag(object, Essaim.TRANSFERABLE),
        Nodes.integer(object, Essaim.JOBS_CREATED),
        Nodes.integer(object, Essaim.JOBS_CONSOLIDATED),
        object.values(As.LOCATION).stream()
            .filter(v -> v instanceof AsObject o && o.hasType(Essaim.PERIMETER_AREA))
            .map(v -> PerimeterArea.from(object, As.LOCATION, v))
            .findFirst()
            .orElse(null),
        Nodes.reference(object, As.URL));
  }
}
