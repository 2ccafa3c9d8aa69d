// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import org.essaim.node.domain.shared.DomainRuleViolation;
import org.junit.jupiter.api.Test;

class TerritoryProfileTest {

  private static final ZoneId CAYENNE = ZoneId.of("America/Cayenne");

  @Test
  void guyaneProfileKeepsItsValues() {
    TerritoryProfile profile =
        new TerritoryProfile(
            "  Guyane ",
            " ",
            "FR",
            CAYENNE,
            List.of(new PerimeterArea(PerimeterLevel.DEPARTEMENT, "973", "Guyane")),
            List.of(new CarrierOrganization("Guyanasso", null)),
            LabelStatus.IN_PROMO,
            "contact@example.org",
            URI.create("https://example.org"));

    assertThat(profile.name()).isEqualTo("Guyane");
    assertThat(profile.localBrand()).isEmpty();
    assertThat(profile.timeZone()).isEqualTo(CAYENNE);
    assertThat(profile.perimeter()).extracting(PerimeterArea::code).containsExactly("973");
  }

  @Test
  void missingLabelStatusMeansProspect() {
    TerritoryProfile profile =
        new TerritoryProfile(
            "Caen", null, "FR", ZoneId.of("Europe/Paris"), null, null, null, null, null);
    assertThat(profile.labelStatus()).isEqualTo(LabelStatus.PROSPECT);
    assertThat(profile.perimeter()).isEmpty();
  }

  @Test
  void refusesBlankNameUnknownCountryAndNonEmailContact() {
    assertViolation(() -> profile(" ", "FR", null, null), "name");
    assertViolation(() -> profile("Epinal", "XX", null, null), "country");
    assertViolation(() -> profile("Epinal", "FR", "not an address", null), "publicContact");
    assertViolation(
        () -> profile("Epinal", "FR", null, URI.create("javascript:alert(1)")), "website");
  }

  @Test
  void refusesTooLargePerimeter() {
    List<PerimeterArea> areas =
        Collections.nCopies(
            TerritoryProfile.MAX_PERIMETER_AREAS + 1,
            new PerimeterArea(PerimeterLevel.COMMUNE, "54395", "Nancy"));
    assertViolation(
        () ->
            new TerritoryProfile(
                "Nancy", null, "FR", ZoneId.of("Europe/Paris"), areas, null, null, null, null),
        "perimeter");
  }

  @Test
  void areaCodeMustMatchItsLevel() {
    assertViolation(
        () -> new PerimeterArea(PerimeterLevel.DEPARTEMENT, "38185", "Grenoble"), "code");
  }

  @Test
  void territoryReplacesItsProfileWhole() {
    Territory territory =
        new Territory(
            TerritoryProfile.initial("Mon territoire", "FR", ZoneId.of("Europe/Paris")),
            Instant.EPOCH);
    TerritoryProfile miramas =
        new TerritoryProfile(
            "Miramas",
            "Des Idées au Taquet",
            "FR",
            ZoneId.of("Europe/Paris"),
            List.of(new PerimeterArea(PerimeterLevel.COMMUNE, "13063", "Miramas")),
            List.of(new CarrierOrganization("PTCE Cap Zéro Gaspillage", null)),
            LabelStatus.LABELLED,
            null,
            null);
    Instant later = Instant.parse("2024-04-15T10:00:00Z");

    territory.describe(miramas, later);

    assertThat(territory.profile()).isEqualTo(miramas);
    assertThat(territory.updatedAt()).isEqualTo(later);
  }

  private static TerritoryProfile profile(
      String name, String country, String contact, URI website) {
    return new TerritoryProfile(
        name, null, country, ZoneId.of("Europe/Paris"), null, null, null, contact, website);
  }

  private static void assertViolation(Runnable action, String field) {
    assertThatThrownBy(action::run)
        .isInstanceOf(DomainRuleViolation.class)
        .satisfies(e -> assertThat(((DomainRuleViolation) e).field()).isEqualTo(field));
  }
}
