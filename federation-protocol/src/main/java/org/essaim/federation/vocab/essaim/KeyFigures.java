// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.vocab.essaim;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.essaim.federation.vocab.As;
import org.essaim.federation.vocab.AsObject;
import org.essaim.federation.vocab.AsValue;
import org.essaim.federation.vocab.Essaim;
import org.essaim.federation.vocab.OrderedValues;
import org.essaim.federation.vocab.VocabularyException;

/**
 * Key figures (chiffres clés) published by a territory or, summed, by the national node — e.g. for
 * 2024: 24 territoires dont 17 labellisés et 7 en lancement, 17 800 participants, 5 600 personnes
 * engagées, 564 projets accompagnés, 691 emplois. Counts only; any count may be unknown or withheld
 * (null).
 *
 * @param id the snapshot's IRI
 * @param publisher the actor that publishes it ({@code attributedTo})
 * @param territory the territory it counts, or null for the whole network
 * @param period what it covers: a year (2024) or a span (2018-2024)
 * @param territories territories in the network
 * @param labelledTerritories of which labelled
 * @param launchingTerritories of which en lancement
 * @param participants people who expressed dreams and ideas, cumulative
 * @param engagedPeople people engaged to bring solutions to life
 * @param projectsSupported projects accompanied
 * @param jobsCreated local jobs created
 * @param dreams dreams collected
 * @param challenges défis drafted
 * @param projectsByStage projects by stage (keys of the project-stages scheme), in order
 * @param projectsByTheme projects by top-level theme (a project counts once per theme), in order
 */
public record KeyFigures(
    URI id,
    URI publisher,
    URI territory,
    String period,
    Long territories,
    Long labelledTerritories,
    Long launchingTerritories,
    Long participants,
    Long engagedPeople,
    Long projectsSupported,
    Long jobsCreated,
    Long dreams,
    Long challenges,
    List<Cell> projectsByStage,
    List<Cell> projectsByTheme) {

  private static final Pattern PERIOD = Pattern.compile("\\d{4}(-\\d{4})?");

  /**
   * One group of a breakdown: its key and its count, null when withheld (a group too small to
   * publish, or one that would reveal such a group).
   */
  public record Cell(String key, Long count) {
    public Cell {
      Nodes.require(Nodes.blankToNull(key), "breakdown key");
      Nodes.positive(count, "a breakdown count");
    }

    public boolean withheld() {
      return count == null;
    }
  }

  public KeyFigures {
    Nodes.require(id, "key figures id");
    Nodes.require(publisher, "publisher");
    if (period == null || !PERIOD.matcher(period).matches()) {
      throw new VocabularyException(
          "key figures period must be a year or 2018-2024, got " + period);
    }
    for (Long count :
        new Long[] {
          territories,
          labelledTerritories,
          launchingTerritories,
          participants,
          engagedPeople,
          projectsSupported,
          jobsCreated,
          dreams,
          challenges
        }) {
      Nodes.positive(count, "a key figure");
    }
    projectsByStage = List.copyOf(projectsByStage == null ? List.of() : projectsByStage);
    projectsByTheme = List.copyOf(projectsByTheme == null ? List.of() : projectsByTheme);
    distinct(projectsByStage, "project stage");
    distinct(projectsByTheme, "project theme");
    projectsByStage.forEach(c -> Codes.code(c.key(), Codes.PROJECT_STAGE, "project stage"));
    projectsByTheme.forEach(c -> Codes.code(c.key(), Codes.THEME_TOP, "top-level theme"));
  }

  /** Figures without breakdowns. */
  public KeyFigures(
      URI id,
      URI publisher,
      URI territory,
      String period,
      Long territories,
      Long labelledTerritories,
      Long launchingTerritories,
      Long participants,
      Long engagedPeople,
      Long projectsSupported,
      Long jobsCreated,
      Long dreams,
      Long challenges) {
    this(
        id,
        publisher,
        territory,
        period,
        territories,
        labelledTerritories,
        launchingTerritories,
        participants,
        engagedPeople,
        projectsSupported,
        jobsCreated,
        dreams,
        challenges,
        List.of(),
        List.of());
  }

  public AsObject toAsObject() {
    AsObject.Builder builder = AsObject.builder().id(id).type(Essaim.KEY_FIGURES);
    builder.reference(As.ATTRIBUTED_TO, publisher);
    Nodes.reference(builder, Essaim.TERRITORY_PROPERTY, territory);
    builder.string(Essaim.PERIOD, period);
    Nodes.integer(builder, Essaim.TERRITORIES, territories);
    Nodes.integer(builder, Essaim.LABELLED_TERRITORIES, labelledTerritories);
    Nodes.integer(builder, Essaim.LAUNCHING_TERRITORIES, launchingTerritories);
    Nodes.integer(builder, Essaim.PARTICIPANTS, participants);
    Nodes.integer(builder, Essaim.ENGAGED_PEOPLE, engagedPeople);
    Nodes.integer(builder, Essaim.PROJECTS_SUPPORTED, projectsSupported);
    Nodes.integer(builder, Essaim.JOBS_CREATED, jobsCreated);
    Nodes.integer(builder, Essaim.DREAMS, dreams);
    Nodes.integer(builder, Essaim.CHALLENGES, challenges);
    breakdown(builder, Essaim.PROJECTS_BY_STAGE, Essaim.STAGE, projectsByStage);
    breakdown(builder, Essaim.PROJECTS_BY_THEME, Essaim.THEME, projectsByTheme);
    return builder.build();
  }

  public static KeyFigures from(AsObject object) {
    return new KeyFigures(
        Nodes.typedId(object, Essaim.KEY_FIGURES),
        Nodes.requiredReference(object, As.ATTRIBUTED_TO),
        Nodes.reference(object, Essaim.TERRITORY_PROPERTY),
        Nodes.requiredString(object, Essaim.PERIOD),
        Nodes.integer(object, Essaim.TERRITORIES),
        Nodes.integer(object, Essaim.LABELLED_TERRITORIES),
        Nodes.integer(object, Essaim.LAUNCHING_TERRITORIES),
        Nodes.integer(object, Essaim.PARTICIPANTS),
        Nodes.integer(object, Essaim.ENGAGED_PEOPLE),
        Nodes.integer(object, Essaim.PROJECTS_SUPPORTED),
        Nodes.integer(object, Essaim.JOBS_CREATED),
        Nodes.integer(object, Essaim.DREAMS),
        Nodes.integer(object, Essaim.CHALLENGES),
        cells(object, Essaim.PROJECTS_BY_STAGE, Essaim.STAGE),
        cells(object, Essaim.PROJECTS_BY_THEME, Essaim.THEME));
  }

  // A breakdown is an ordered list of {key property, projectsSupported}; a withheld group has no
  // count.
  private static void breakdown(
      AsObject.Builder builder, String property, String keyProperty, List<Cell> cells) {
    if (cells.isEmpty()) {
      return;
    }
    List<AsValue> items =
        cells.stream()
            .map(
                c -> {
                  AsObject.Builder cell = AsObject.builder().string(keyProperty, c.key());
                  Nodes.integer(cell, Essaim.PROJECTS_SUPPORTED, c.count());
                  return (AsValue) cell.build();
                })
            .toList();
    builder.add(property, new OrderedValues(items));
  }

  private static List<Cell> cells(AsObject object, String property, String keyProperty) {
    return Nodes.list(object, property).stream()
        .map(v -> Nodes.embeddedObject(object, property, v))
        .map(
            cell ->
                new Cell(
                    Nodes.requiredString(cell, keyProperty),
                    Nodes.integer(cell, Essaim.PROJECTS_SUPPORTED)))
        .toList();
  }

  private static void distinct(List<Cell> cells, String what) {
    Set<String> seen = new HashSet<>();
    for (Cell cell : cells) {
      if (!seen.add(cell.key())) {
        throw new VocabularyException(what + " '" + cell.key() + "' appears twice");
      }
    }
  }
}
