// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.vocab.essaim;

import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;
import org.essaim.federation.vocab.As;
import org.essaim.federation.vocab.AsObject;
import org.essaim.federation.vocab.AsValue;
import org.essaim.federation.vocab.Essaim;
import org.essaim.federation.vocab.OrderedValues;
import org.essaim.federation.vocab.VocabularyException;

/**
 * The public profile of a territory (territoire engagé, labellisé or en lancement), carried by its
 * node's actor: also an AS2 {@code Organization}, so the actor document can be this object plus
 * inbox, outbox and keys. The équipe cœur never appears: only a role mailbox does.
 *
 * @param id the territory node's actor IRI
 * @param name e.g. "Lons-le-Saunier", "Meurthe-et-Moselle", "Luxembourg"
 * @param localBrandName the local name of the dynamic, e.g. "Crépîte", or null
 * @param country ISO 3166-1 alpha-2 code: FR (Guyane included) or LU
 * @param timeZone IANA zone, e.g. Europe/Paris, America/Cayenne
 * @param perimeter the areas it covers, in the order the node lists them
 * @param carrierOrganizations the structures porteuses (Poitiers has six)
 * @param labelStatus where it is on the label path: PROSPECT … LABELLED
 * @param labelDate when the comité de labellisation labelled it, or null
 * @param publicContact a role mailbox such as contact@…, never a person's address; or null
 * @param website its public site, or null
 */
public record Territory(
    URI id,
    String name,
    String localBrandName,
    String country,
    ZoneId timeZone,
    List<PerimeterArea> perimeter,
    List<Organization> carrierOrganizations,
    String labelStatus,
    LocalDate labelDate,
    String publicContact,
    URI website) {

  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
  private static final Pattern MAILBOX = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  public Territory {
    Nodes.require(id, "territory id");
    name = Nodes.require(Nodes.blankToNull(name), "territory name");
    localBrandName = Nodes.blankToNull(localBrandName);
    if (country == null || !COUNTRY.matcher(country).matches()) {
      throw new VocabularyException("country must be an ISO 3166-1 alpha-2 code, got " + country);
    }
    Nodes.require(timeZone, "time zone");
    perimeter = List.copyOf(perimeter);
    carrierOrganizations = List.copyOf(carrierOrganizations);
    Codes.code(labelStatus, Codes.LABEL_STATUS, "label status");
    if (publicContact != null && !MAILBOX.matcher(publicContact).matches()) {
      throw new VocabularyException("public contact must be a mailbox, got " + publicContact);
    }
  }

  public AsObject toAsObject() {
    AsObject.Builder builder =
        AsObject.builder().id(id).type(As.ORGANIZATION).type(Essaim.TERRITORY);
    builder.string(As.NAME, name);
    Nodes.string(builder, Essaim.LOCAL_BRAND_NAME, localBrandName);
    builder.string(Essaim.COUNTRY, country);
    builder.string(Essaim.TIME_ZONE, timeZone.getId());
    if (!perimeter.isEmpty()) {
      List<AsValue> areas = perimeter.stream().map(a -> (AsValue) a.toAsObject()).toList();
      builder.add(Essaim.PERIMETER, new OrderedValues(areas));
    }
    carrierOrganizations.forEach(o -> builder.add(Essaim.CARRIER_ORGANIZATION, o.toAsValue()));
    builder.string(Essaim.LABEL_STATUS, labelStatus);
    Nodes.date(builder, Essaim.LABEL_DATE, labelDate);
    Nodes.string(builder, Essaim.PUBLIC_CONTACT, publicContact);
    Nodes.reference(builder, As.URL, website);
    return builder.build();
  }

  public static Territory from(AsObject object) {
    URI id = Nodes.typedId(object, Essaim.TERRITORY);
    String zone = Nodes.requiredString(object, Essaim.TIME_ZONE);
    ZoneId timeZone;
    try {
      timeZone = ZoneId.of(zone);
    } catch (DateTimeException e) {
      throw new VocabularyException("Territory " + id + ": unknown time zone " + zone);
    }
    return new Territory(
        id,
        Nodes.requiredString(object, As.NAME),
        Nodes.string(object, Essaim.LOCAL_BRAND_NAME),
        Nodes.requiredString(object, Essaim.COUNTRY),
        timeZone,
        Nodes.list(object, Essaim.PERIMETER).stream()
            .map(v -> PerimeterArea.from(object, Essaim.PERIMETER, v))
            .toList(),
        object.values(Essaim.CARRIER_ORGANIZATION).stream()
            .map(v -> Organization.from(object, Essaim.CARRIER_ORGANIZATION, v))
            .toList(),
        Nodes.requiredString(object, Essaim.LABEL_STATUS),
        Nodes.date(object, Essaim.LABEL_DATE),
        Nodes.string(object, Essaim.PUBLIC_CONTACT),
        Nodes.reference(object, As.URL));
  }
}
