// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation.publishing;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.essaim.federation.vocab.essaim.Organization;
import org.essaim.node.domain.model.challenge.Challenge;
import org.essaim.node.domain.model.challenge.ChallengeDescription;
import org.essaim.node.domain.model.challenge.ChallengeState;
import org.essaim.node.domain.model.dream.Commune;
import org.essaim.node.domain.model.event.Event;
import org.essaim.node.domain.model.event.EventDescription;
import org.essaim.node.domain.model.event.EventPlace;
import org.essaim.node.domain.model.event.EventType;
import org.essaim.node.domain.model.methodsheet.Audience;
import org.essaim.node.domain.model.methodsheet.Licence;
import org.essaim.node.domain.model.methodsheet.MethodSheet;
import org.essaim.node.domain.model.methodsheet.MethodSheetState;
import org.essaim.node.domain.model.methodsheet.MethodSheetVersion;
import org.essaim.node.domain.model.methodsheet.MethodStep;
import org.essaim.node.domain.model.methodsheet.SheetDescription;
import org.essaim.node.domain.model.methodsheet.SheetText;
import org.essaim.node.domain.model.project.FundingLine;
import org.essaim.node.domain.model.project.ImpactMeasurement;
import org.essaim.node.domain.model.project.Project;
import org.essaim.node.domain.model.project.ProjectDescription;
import org.essaim.node.domain.model.project.ProjectOrigin;
import org.essaim.node.domain.model.project.ProjectStage;
import org.essaim.node.domain.model.solution.CostRange;
import org.essaim.node.domain.model.solution.SolutionStatus;
import org.essaim.node.domain.model.solution.TransferMode;
import org.essaim.node.domain.model.solution.TransferableSolution;
import org.essaim.node.domain.model.solution.TransferableSolutionDescription;
import org.essaim.node.domain.shared.Visibility;
import org.essaim.node.interfaces.federation.FederationUrls;

/** Domain objects for the mapping tests, every text given by the caller. */
final class WireFixtures {

  static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
  static final FederationUrls URLS = new FederationUrls("https://lons.essaim.example");

  private WireFixtures() {}

  /** A context whose organisations 1 (PUBLIC) and 2 (not public) have these names. */
  static WireObjects.Context context(String publicOrganization) {
    Map<Long, Organization> shown = Map.of(1L, new Organization(null, publicOrganization, null));
    return new WireObjects.Context(URLS, id -> Optional.ofNullable(shown.get(id)), id -> id == 7L);
  }

  static Project project(
      String title,
      String summary,
      String description,
      String fundingText,
      String impactText,
      Visibility visibility) {
    ProjectDescription d =
        new ProjectDescription(
            title,
            summary,
            description,
            List.of("food.short-supply-chains", "not-a-theme"),
            List.of("incubation"),
            ProjectOrigin.FROM_CHALLENGE,
            7L,
            null,
            1L,
            "scic",
            List.of(1L, 2L),
            List.of(
                new FundingLine(
                    "fundings[0]",
                    fundingText,
                    null,
                    new BigDecimal("12000"),
                    LocalDate.parse("2026-01-01"),
                    LocalDate.parse("2026-12-31"),
                    List.of(fundingText + "-cofunder"))),
            List.of(
                new ImpactMeasurement(
                    "impacts[0]", impactText, BigDecimal.TEN, LocalDate.parse("2026-06-01"))),
            new Commune("39300", "Lons-le-Saunier"),
            true,
            visibility);
    return new Project(d, ProjectStage.EMERGENCE, Visibility.NODE_PUBLIC, NOW);
  }

  /** A sheet published at version 1 (id 5), written by {@code author} with {@code note}. */
  static Sheet publishedSheet(
      String title, String summary, String body, String author, String note, String referent) {
    SheetDescription d =
        new SheetDescription(
            List.of(MethodStep.SUPPORT, MethodStep.IMPACT),
            referent,
            List.of(referent + "-contributor"),
            Audience.NETWORK,
            Licence.DEFAULT,
            List.of("mobility"),
            Visibility.PUBLIC);
    MethodSheet sheet =
        new MethodSheet(new SheetText(title, summary, body), "<p>" + body + "</p>", d, author, NOW);
    setId(sheet, 5L);
    sheet.moveTo(MethodSheetState.IN_REVIEW, author, NOW);
    sheet.moveTo(MethodSheetState.PUBLISHED, author, NOW);
    return new Sheet(sheet, MethodSheetVersion.of(sheet, note, author, NOW));
  }

  record Sheet(MethodSheet sheet, MethodSheetVersion version) {}

  static TransferableSolution solution(
      String title, String problem, String model, String prerequisites, String costNote) {
    TransferableSolutionDescription d =
        new TransferableSolutionDescription(
            title,
            problem,
            List.of("food.waste"),
            model,
            prerequisites,
            List.of(title + " factor"),
            List.of(title + " watch"),
            TransferMode.OPEN_METHOD,
            new CostRange(new BigDecimal("1000"), new BigDecimal("5000"), costNote),
            1L,
            Visibility.NETWORK);
    TransferableSolution solution = new TransferableSolution(3L, d, Visibility.NETWORK, NOW);
    solution.moveTo(SolutionStatus.PUBLISHED, NOW);
    return solution;
  }

  static Challenge challenge(String title, String statement) {
    Challenge challenge =
        new Challenge(
            1L,
            new ChallengeDescription(title, statement, List.of("mobility"), Visibility.PUBLIC),
            Visibility.NODE_PUBLIC,
            NOW);
    challenge.moveTo(ChallengeState.SELECTED_FOR_EVENING, NOW);
    return challenge;
  }

  static Event event(String title, String description, String venue, Visibility visibility) {
    EventDescription d =
        new EventDescription(
            EventType.WORKSHOP,
            title,
            description,
            LocalDateTime.parse("2026-12-03T18:30:00"),
            LocalDateTime.parse("2026-12-03T21:00:00"),
            ZoneId.of("Europe/Paris"),
            new EventPlace(venue, "Lons-le-Saunier", "1 rue des Écoles"),
            null,
            null,
            List.of(),
            List.of(),
            null,
            List.of("mobility"),
            null,
            visibility);
    return new Event(d, Visibility.NODE_PUBLIC, NOW);
  }

  static void setId(Object entity, long id) {
    try {
      Field field = entity.getClass().getDeclaredField("id");
      field.setAccessible(true);
      field.set(entity, id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
