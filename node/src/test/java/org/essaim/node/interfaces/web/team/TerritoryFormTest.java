// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.essaim.node.domain.model.territory.CarrierOrganization;
import org.essaim.node.domain.model.territory.LabelStatus;
import org.essaim.node.domain.model.territory.PerimeterArea;
import org.essaim.node.domain.model.territory.PerimeterLevel;
import org.essaim.node.domain.model.territory.TerritoryProfile;
import org.junit.jupiter.api.Test;

/** The territory form: its one-per-line lists, and the profile's rules in words. */
class TerritoryFormTest {

  private static final TerritoryProfile PROFILE =
      new TerritoryProfile(
          "Lunévillois",
          "Crépîte",
          "FR",
          ZoneId.of("Europe/Paris"),
          List.of(
              new PerimeterArea(PerimeterLevel.COMMUNE, "54329", "Lunéville"),
              new PerimeterArea(PerimeterLevel.DEPARTEMENT, "54", "Meurthe-et-Moselle")),
          List.of(
              new CarrierOrganization("Crépîte SCIC", URI.create("https://crepite.example")),
              new CarrierOrganization("Mairie", null)),
          LabelStatus.LABELLED,
          "contact@crepite.example",
          URI.create("https://crepite.example"));

  private static Map<String, List<String>> posted(TerritoryForm form) {
    Map<String, List<String>> values = new HashMap<>();
    form.values().forEach((k, v) -> values.put(k, List.of(v)));
    return values;
  }

  @Test
  void aProfileGoesThroughTheFormUnchanged() {
    TerritoryForm shown = TerritoryForm.of(PROFILE);
    assertThat(shown.values().get("perimeter"))
        .isEqualTo("COMMUNE 54329 Lunéville\nDEPARTEMENT 54 Meurthe-et-Moselle");
    assertThat(shown.values().get("carrierOrganizations"))
        .isEqualTo("Crépîte SCIC | https://crepite.example\nMairie");
    TerritoryForm back = TerritoryForm.read(FormRequest.of(posted(shown)));
    assertThat(back.validate(Locale.FRENCH)).contains(PROFILE);
  }

  @Test
  void aWrongLineIsNamedAndOtherFieldsKeepTheirOwnErrors() {
    Map<String, List<String>> values = posted(TerritoryForm.of(PROFILE));
    values.put("perimeter", List.of("COMMUNE 54329 Lunéville\r\n\r\nCOMMUNE 5432 Trop court"));
    values.put("carrierOrganizations", List.of("Crépîte | ftp://crepite.example"));
    values.put("timeZone", List.of("Mars/Olympus"));
    values.put("publicContact", List.of("pas une adresse"));
    values.put("name", List.of(" "));
    TerritoryForm form = TerritoryForm.read(FormRequest.of(values));
    assertThat(form.validate(Locale.FRENCH)).isEmpty();
    assertThat(form.errors())
        .containsOnlyKeys("name", "timeZone", "perimeter", "carrierOrganizations");
    assertThat(form.errors().get("perimeter")).startsWith("La ligne 3 n'est pas une zone");
    assertThat(form.errors().get("carrierOrganizations")).contains("https://");

    values = posted(TerritoryForm.of(PROFILE));
    values.put("publicContact", List.of("pas une adresse"));
    TerritoryForm contact = TerritoryForm.read(FormRequest.of(values));
    assertThat(contact.validate(Locale.ENGLISH)).isEmpty();
    assertThat(contact.errors())
        .containsExactly(
            Map.entry(
                "publicContact", "Write an e-mail address, such as contact@territory.example."));
  }
}
