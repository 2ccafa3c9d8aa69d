// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.methodsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.essaim.node.domain.model.methodsheet.SheetFieldsTest.assertField;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import org.essaim.node.domain.shared.DomainRuleViolation;
import org.essaim.node.domain.shared.IllegalTransitionException;
import org.essaim.node.domain.shared.Visibility;
import org.junit.jupiter.api.Test;

class MethodSheetTest {

  private static final Instant T0 = Instant.parse("2026-11-20T09:00:00Z");
  private static final Instant T1 = Instant.parse("2026-11-21T09:00:00Z");
  private static final Instant T2 = Instant.parse("2026-11-22T09:00:00Z");

  private static final SheetText V1 =
      new SheetText("Créer et animer un incubateur", null, "## Pourquoi ?\n\nPour accompagner.");
  private static final SheetText V2 =
      new SheetText("Créer et animer un incubateur", null, "## Pourquoi ?\n\nPour soutenir.");

  @Test
  void aNewSheetIsADraftAtVersionOne() {
    MethodSheet sheet = sheet(Visibility.NETWORK);
    assertThat(sheet.state()).isEqualTo(MethodSheetState.DRAFT);
    assertThat(sheet.currentVersion()).isEqualTo(1);
    assertThat(sheet.publishedVersion()).isEmpty();
    assertThat(sheet.text()).isEqualTo(V1);
    assertThat(sheet.bodyHtml()).isEqualTo("<p>v1</p>");
    assertThat(sheet.description().referentTerritory()).isEqualTo("Jura");
    assertThat(sheet.updatedBy()).isEqualTo("animatrice");
    assertThat(sheet.readableByPublic()).isFalse();
  }

  @Test
  void theReferentTerritoryIsRequiredOnceStored() {
    assertField(
        () ->
            new MethodSheet(
                V1,
                "<p>v1</p>",
                new SheetDescription(
                    List.of(MethodStep.SUPPORT), null, null, null, null, null, Visibility.NETWORK),
                "animatrice",
                T0),
        "referentTerritory");
  }

  @Test
  void everyChangeOfTheTextIsANewVersionAndTheSameTextIsNone() {
    MethodSheet sheet = sheet(Visibility.NETWORK);
    assertThat(sheet.revise(V1, "<p>v1</p>", "rien", "animatrice", T1)).isFalse();
    assertThat(sheet.currentVersion()).isEqualTo(1);
    assertThat(sheet.revise(V2, "<p>v2</p>", null, "referent", T1)).isTrue();
    assertThat(sheet.currentVersion()).isEqualTo(2);
    assertThat(sheet.text()).isEqualTo(V2);
    assertThat(sheet.bodyHtml()).isEqualTo("<p>v2</p>");
    assertThat(sheet.updatedBy()).isEqualTo("referent");
    SheetText retitled = new SheetText("Animer un incubateur", null, V2.bodyMarkdown());
    assertThat(sheet.revise(retitled, "<p>v2</p>", null, "referent", T2)).isTrue();
    SheetText summarised = new SheetText(retitled.title(), "En bref", V2.bodyMarkdown());
    assertThat(sheet.revise(summarised, "<p>v2</p>", null, "referent", T2)).isTrue();
    assertThat(sheet.currentVersion()).isEqualTo(4);
  }

  @Test
  void describingMakesNoVersion() {
    MethodSheet sheet = sheet(Visibility.NETWORK);
    sheet.describe(
        new SheetDescription(
            List.of(MethodStep.PARTNERS),
            null,
            List.of("Creuse"),
            Audience.PUBLIC,
            Licence.of("CC0-1.0"),
            List.of("food"),
            Visibility.PUBLIC),
        "referent",
        T1);
    assertThat(sheet.currentVersion()).isEqualTo(1);
    assertThat(sheet.description().referentTerritory()).isEqualTo("Jura");
    assertThat(sheet.description().licence().spdxId()).isEqualTo("CC0-1.0");
    assertThat(sheet.description().methodSteps()).containsExactly(MethodStep.PARTNERS);
  }

  @Test
  void publishingRecordsThePublishedVersion() {
    MethodSheet sheet = sheet(Visibility.PUBLIC);
    sheet.revise(V2, "<p>v2</p>", null, "animatrice", T1);
    sheet.moveTo(MethodSheetState.IN_REVIEW, "animatrice", T1);
    assertThat(sheet.readableByPublic()).isFalse();
    sheet.moveTo(MethodSheetState.PUBLISHED, "referent", T2);
    assertThat(sheet.publishedVersion()).contains(2);
    assertThat(sheet.publishedAt()).contains(T2);
    assertThat(sheet.readableByPublic()).isTrue();
  }

  @Test
  void aPublishedSheetIsUpdatedContinuouslyWithAChangeNote() {
    MethodSheet sheet = published(Visibility.PUBLIC);
    assertField(() -> sheet.revise(V2, "<p>v2</p>", "  ", "animatrice", T2), "changeNote");
    assertThat(sheet.currentVersion()).isEqualTo(1);
    assertThat(sheet.revise(V2, "<p>v2</p>", "Retours de l'atelier", "animatrice", T2)).isTrue();
    assertThat(sheet.state()).isEqualTo(MethodSheetState.PUBLISHED);
    assertThat(sheet.publishedVersion()).contains(2);
    assertThat(sheet.publishedAt()).contains(T2);
  }

  @Test
  void aSheetBackInReviewKeepsItsLastPublishedVersion() {
    MethodSheet sheet = published(Visibility.PUBLIC);
    sheet.moveTo(MethodSheetState.IN_REVIEW, "animatrice", T2);
    sheet.revise(V2, "<p>v2</p>", null, "animatrice", T2);
    assertThat(sheet.currentVersion()).isEqualTo(2);
    assertThat(sheet.publishedVersion()).contains(1);
    assertThat(sheet.readableByPublic()).isFalse();
  }

  @Test
  void aDeprecatedSheetKeepsItsTextUntilANewRound() {
    MethodSheet sheet = published(Visibility.NODE_PUBLIC);
    sheet.moveTo(MethodSheetState.DEPRECATED, "animatrice", T2);
    assertThat(sheet.readableByPublic()).isTrue();
    assertThat(sheet.acceptsNewVersions()).isFalse();
    assertThatThrownBy(() -> sheet.revise(V2, "<p>v2</p>", "x", "animatrice", T2))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> sheet.moveTo(MethodSheetState.PUBLISHED, "animatrice", T2))
        .isInstanceOf(IllegalTransitionException.class);
    sheet.moveTo(MethodSheetState.DRAFT, "animatrice", T2);
    assertThat(sheet.revise(V2, "<p>v2</p>", null, "animatrice", T2)).isTrue();
  }

  @Test
  void privateOrNetworkSheetsAreNeverPublic() {
    assertThat(published(Visibility.NETWORK).readableByPublic()).isFalse();
    assertThat(published(Visibility.PRIVATE).readableByPublic()).isFalse();
    assertThat(published(Visibility.NODE_PUBLIC).readableByPublic()).isTrue();
  }

  @Test
  void aVersionRecordsTheStoredSheetsCurrentText() throws Exception {
    MethodSheet sheet = sheet(Visibility.NETWORK);
    assertThatThrownBy(() -> MethodSheetVersion.of(sheet, null, "animatrice", T0))
        .isInstanceOf(IllegalStateException.class);
    stored(sheet, 7L);
    sheet.revise(V2, "<p>v2</p>", null, "referent", T1);
    MethodSheetVersion v = MethodSheetVersion.of(sheet, " Nouvelle section ", "referent", T1);
    assertThat(v.sheetId()).isEqualTo(7L);
    assertThat(v.number()).isEqualTo(2);
    assertThat(v.text()).isEqualTo(V2);
    assertThat(v.bodyHtml()).isEqualTo("<p>v2</p>");
    assertThat(v.changeNote()).isEqualTo("Nouvelle section");
    assertThat(v.author()).isEqualTo("referent");
    assertThat(v.createdAt()).isEqualTo(T1);
  }

  @Test
  void changeNotesAreBounded() {
    assertThat(MethodSheet.changeNote(" ")).isNull();
    assertThatThrownBy(() -> MethodSheet.changeNote("n".repeat(501)))
        .isInstanceOf(DomainRuleViolation.class);
  }

  private static MethodSheet sheet(Visibility visibility) {
    return new MethodSheet(
        V1,
        "<p>v1</p>",
        new SheetDescription(
            List.of(MethodStep.SUPPORT), "Jura", null, null, null, null, visibility),
        "animatrice",
        T0);
  }

  private static MethodSheet published(Visibility visibility) {
    MethodSheet sheet = sheet(visibility);
    sheet.moveTo(MethodSheetState.IN_REVIEW, "animatrice", T1);
    sheet.moveTo(MethodSheetState.PUBLISHED, "animatrice", T1);
    return sheet;
  }

  private static void stored(MethodSheet sheet, long id) throws Exception {
    Field field = MethodSheet.class.getDeclaredField("id");
    field.setAccessible(true);
    field.set(sheet, id);
  }
}
