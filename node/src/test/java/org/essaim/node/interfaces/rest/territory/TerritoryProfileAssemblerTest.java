// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.essaim.node.application.FieldError;
import org.essaim.node.application.InvalidInputException;
import org.essaim.node.application.TerritoryView;
import org.essaim.node.domain.model.territory.LabelStatus;
import org.essaim.node.domain.model.territory.TerritoryProfile;
import org.junit.jupiter.api.Test;

class TerritoryProfileAssemblerTest {

  @Test
  void convertsAndConvertsBack() {
    TerritoryProfileDocument document =
        new TerritoryProfileDocument(
            "Lons-le-Saunier",
            "Crépîte",
            "FR",
            "Europe/Paris",
            List.of(new PerimeterAreaDocument("DEPARTEMENT", "39", "Jura")),
            List.of(new CarrierOrganizationDocument("Clus'ter Jura", "https://example.org")),
            "LABELLED",
            "contact@example.org",
            "https://example.org/crepite",
            null,
            null);

    TerritoryProfile profile = TerritoryProfileAssembler.toProfile(document, List.of());
    assertThat(profile.labelStatus()).isEqualTo(LabelStatus.LABELLED);

    TerritoryProfileDocument back =
        TerritoryProfileAssembler.toDocument(new TerritoryView(profile, 3, Instant.EPOCH));
    assertThat(back)
        .usingRecursiveComparison()
        .ignoringFields("version", "updatedAt")
        .isEqualTo(document);
    assertThat(back.version()).isEqualTo(3);
  }

  @Test
  void collectsEveryErrorWithItsPathOncePerField() {
    TerritoryProfileDocument document =
        new TerritoryProfileDocument(
            "",
            null,
            "ZZ",
            "Europe/Atlantis",
            List.of(
                new PerimeterAreaDocument("DEPARTEMENT", "54", "Meurthe-et-Moselle"),
                new PerimeterAreaDocument("CANTON", "12", "x"),
                new PerimeterAreaDocument("COMMUNE", "5439", "Nancy")),
            List.of(new CarrierOrganizationDocument("FabT", "not a url")),
            "LABELED",
            null,
            "mailto:contact@example.org",
            null,
            null);

    assertThatThrownBy(
            () ->
                TerritoryProfileAssembler.toProfile(
                    document, List.of(new FieldError("name", "must not be blank"))))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).errors())
                    .extracting(FieldError::field)
                    .containsExactlyInAnyOrder(
                        "name",
                        "country",
                        "timeZone",
                        "labelStatus",
                        "website",
                        "perimeter[1].level",
                        "perimeter[2].code",
                        "carrierOrganizations[0].website"));
  }
}
