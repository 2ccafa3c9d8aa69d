// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.vocab.essaim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import org.essaim.federation.vocab.As;
import org.essaim.federation.vocab.AsObject;
import org.essaim.federation.vocab.Essaim;
import org.essaim.federation.vocab.Literal;
import org.essaim.federation.vocab.VocabularyException;
import org.junit.jupiter.api.Test;

/** Rules from the domain notes that the records enforce on both sides of the wire. */
class DomainRulesTest {

  @Test
  void mastodonSeesAnArticleWithAPlainNameAndAFrenchMap() {
    AsObject read = RoundTrip.throughJson(DemoData.archibon().toAsObject());
    assertThat(read.hasType(As.ARTICLE)).isTrue();
    assertThat(read.string(As.NAME)).contains("Itération vers ARCHIBON");
    assertThat(read.languageMap(As.NAME)).containsEntry("en", "Towards ARCHIBON");
  }

  @Test
  void aNameWithoutLanguageFromAnotherServerIsFrench() {
    AsObject plain =
        DemoData.amiensChallenge().toAsObject().toBuilder()
            .remove(As.NAME)
            .string(As.NAME, "Mobilité en zone rurale")
            .build();
    assertThat(Challenge.from(plain).name()).isEqualTo(LocalizedText.fr("Mobilité en zone rurale"));
  }

  @Test
  void themeOutsideTheSchemeIsRefused() {
    assertThatThrownBy(
            () ->
                new Challenge(
                    URI.create("https://amiens.essaim.example/challenges/x"),
                    DemoData.AMIENS,
                    LocalizedText.fr("Défi"),
                    List.of("weather.sunshine"),
                    "DRAFT"))
        .isInstanceOf(VocabularyException.class)
        .hasMessageContaining("weather.sunshine");
  }

  @Test
  void narrowerThemeUnderAKnownTopConceptIsAccepted() {
    Challenge challenge =
        new Challenge(
            URI.create("https://amiens.essaim.example/challenges/x"),
            DemoData.AMIENS,
            LocalizedText.fr("Défi"),
            List.of("food.short-supply-chains", "mobility.new-narrower-key"),
            "DRAFT");
    assertThat(challenge.themes()).hasSize(2);
  }

  @Test
  void draftMethodSheetStaysOnItsNode() {
    AsObject draft =
        DemoData.incubatorSheet().toAsObject().toBuilder()
            .set(Essaim.STATUS, Literal.string("DRAFT"))
            .build();
    assertThatThrownBy(() -> MethodSheet.from(draft))
        .isInstanceOf(VocabularyException.class)
        .hasMessageContaining("stays on its node");
  }

  @Test
  void similarProjectLinkHasNoDirection() {
    SimilarProjectLink link = DemoData.compostLink();
    SimilarProjectLink reversed =
        new SimilarProjectLink(
            link.id(),
            List.of(link.projects().get(1), link.projects().get(0)),
            link.basis(),
            link.sharedThemes(),
            link.status(),
            link.introducedBy());
    assertThat(reversed).isEqualTo(link);
  }

  @Test
  void anIntroductionsMessageTravelsWithTheLinkAndIsOptional() {
    SimilarProjectLink link = DemoData.compostLink();
    SimilarProjectLink proposed =
        new SimilarProjectLink(
            link.id(),
            link.projects(),
            link.basis(),
            link.sharedThemes(),
            "SUGGESTED",
            link.introducedBy(),
            LocalizedText.fr("Deux composteurs de quartier : à vous de vous rencontrer."));
    SimilarProjectLink read = SimilarProjectLink.from(RoundTrip.throughJson(proposed.toAsObject()));
    assertThat(read).isEqualTo(proposed);
    assertThat(read.summary().fr()).startsWith("Deux composteurs");
    assertThat(SimilarProjectLink.from(RoundTrip.throughJson(link.toAsObject())).summary())
        .isNull();
  }

  @Test
  void aTerritoryCannotSponsorItself() {
    assertThatThrownBy(
            () ->
                new Sponsorship(
                    URI.create("https://national.essaim.example/sponsorships/x"),
                    DemoData.NATIONAL,
                    DemoData.MIRAMAS,
                    DemoData.MIRAMAS,
                    null,
                    null,
                    "PROPOSED"))
        .isInstanceOf(VocabularyException.class);
  }

  @Test
  void promoNumberWrittenAsWordsIsOfTheWrongKind() {
    AsObject promo =
        DemoData.promo2().toAsObject().toBuilder()
            .set(Essaim.PROMO_NUMBER, Literal.string("deux"))
            .build();
    assertThatThrownBy(() -> Promo.from(promo))
        .isInstanceOf(VocabularyException.class)
        .hasMessageContaining("promoNumber must be an integer");
  }

  @Test
  void attestationStatesOnlyTheLabelOrItsLoss() {
    assertThatThrownBy(
            () ->
                new LabelAttestation(
                    URI.create("https://national.essaim.example/labels/x"),
                    DemoData.NATIONAL,
                    DemoData.CAEN,
                    "IN_PROMO",
                    DemoData.miramasLabel().labelDate(),
                    null))
        .isInstanceOf(VocabularyException.class);
  }

  @Test
  void keyFiguresAreCountsThatCannotBeNegative() {
    KeyFigures figures = DemoData.network2024();
    assertThat(figures.jobsCreated()).isEqualTo(691L);
    AsObject negative =
        figures.toAsObject().toBuilder().set(Essaim.DREAMS, Literal.integer(-3)).build();
    assertThatThrownBy(() -> KeyFigures.from(negative)).isInstanceOf(VocabularyException.class);
  }

  @Test
  void keyFiguresBreakdownsKeepTheirOrderAndWithheldGroups() {
    KeyFigures figures = DemoData.grenobleFigures();
    KeyFigures read = KeyFigures.from(RoundTrip.read(RoundTrip.write(figures.toAsObject())));
    assertThat(read.projectsByStage()).containsExactlyElementsOf(figures.projectsByStage());
    assertThat(read.projectsByTheme().get(1).withheld()).isTrue();
    assertThat(read.projectsByTheme().get(0).count()).isEqualTo(6L);
  }

  @Test
  void keyFiguresBreakdownsUseTheNetworkCodesOnce() {
    KeyFigures figures = DemoData.grenobleFigures();
    assertThatThrownBy(() -> withStages(figures, List.of(new KeyFigures.Cell("half-done", 3L))))
        .isInstanceOf(VocabularyException.class)
        .hasMessageContaining("half-done");
    assertThatThrownBy(
            () ->
                withStages(
                    figures,
                    List.of(new KeyFigures.Cell("idea", 3L), new KeyFigures.Cell("idea", 5L))))
        .isInstanceOf(VocabularyException.class)
        .hasMessageContaining("twice");
    assertThatThrownBy(() -> new KeyFigures.Cell("idea", -1L))
        .isInstanceOf(VocabularyException.class);
    // Themes: top-level keys only (a project counts once per top theme).
    assertThatThrownBy(
            () ->
                new KeyFigures(
                    figures.id(),
                    figures.publisher(),
                    figures.territory(),
                    figures.period(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    List.of(),
                    List.of(new KeyFigures.Cell("food.short-supply-chains", 5L))))
        .isInstanceOf(VocabularyException.class);
  }

  @Test
  void keyFiguresWithAMalformedBreakdownAreRefused() {
    AsObject object =
        DemoData.grenobleFigures().toAsObject().toBuilder()
            .set(Essaim.PROJECTS_BY_STAGE, Literal.string("launched"))
            .build();
    assertThatThrownBy(() -> KeyFigures.from(object)).isInstanceOf(VocabularyException.class);
  }

  private static KeyFigures withStages(KeyFigures f, List<KeyFigures.Cell> stages) {
    return new KeyFigures(
        f.id(),
        f.publisher(),
        f.territory(),
        f.period(),
        f.territories(),
        f.labelledTerritories(),
        f.launchingTerritories(),
        f.participants(),
        f.engagedPeople(),
        f.projectsSupported(),
        f.jobsCreated(),
        f.dreams(),
        f.challenges(),
        stages,
        f.projectsByTheme());
  }

  @Test
  void carrierKnownOnlyByIriStaysAReference() {
    Organization byIri = Organization.ref(URI.create("https://grenoble.essaim.example/orgs/gaia"));
    Territory grenoble =
        new Territory(
            DemoData.GRENOBLE,
            "Grenoble",
            null,
            "FR",
            java.time.ZoneId.of("Europe/Paris"),
            List.of(),
            List.of(byIri),
            "LABELLED",
            null,
            null,
            null);
    String json = RoundTrip.write(grenoble.toAsObject());
    assertThat(json)
        .contains("\"carrierOrganization\":\"https://grenoble.essaim.example/orgs/gaia\"");
    assertThat(Territory.from(RoundTrip.read(json))).isEqualTo(grenoble);
  }
}
