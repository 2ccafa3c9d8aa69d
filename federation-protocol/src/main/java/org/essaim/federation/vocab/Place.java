// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.vocab;

import jakarta.json.spi.JsonProvider;
import java.util.Objects;
import java.util.Optional;

/**
 * Where something happens: a named place, with coordinates when known (WGS 84 degrees).
 *
 * @param name e.g. "Salle polyvalente, Miramas"
 * @param latitude between -90 and 90
 * @param longitude between -180 and 180
 */
public record Place(String name, Optional<Double> latitude, Optional<Double> longitude) {

  private static final JsonProvider JSON = JsonProvider.provider();

  public Place {
    Objects.requireNonNull(name, "name");
    latitude = latitude == null ? Optional.empty() : latitude;
    longitude = longitude == null ? Optional.empty() : longitude;
    if (latitude.isPresent() != longitude.isPresent()) {
      throw new VocabularyException("a place has both a latitude and a longitude, or neither");
    }
    if (latitude.filter(l -> l < -90 || l > 90).isPresent()
        || longitude.filter(l -> l < -180 || l > 180).isPresent()) {
      throw new VocabularyException("coordinates out of range");
    }
  }

  public static Place from(AsObject object) {
    if (!object.hasType(As.PLACE)) {
      throw new VocabularyException("not a Place");
    }
    return new Place(
        object.string(As.NAME).orElseThrow(() -> new VocabularyException("a Place needs a name")),
        number(object, As.LATITUDE),
        number(object, As.LONGITUDE));
  }

  public AsObject toAsObject() {
    AsObject.Builder builder = AsObject.builder().type(As.PLACE).string(As.NAME, name);
    latitude.ifPresent(l -> builder.add(As.LATITUDE, new Literal(JSON.createValue(l), null, null)));
    longitude.ifPresent(
        l -> builder.add(As.LONGITUDE, new Literal(JSON.createValue(l), null, null)));
    return builder.build();
  }

  private static Optional<Double> number(AsObject object, String property) {
    return object.values(property).stream()
        .filter(Literal.class::isInstance)
        .map(v -> ((Literal) v).lexical())
        .findFirst()
        .map(
            text -> {
              try {
                return Double.valueOf(text);
              } catch (NumberFormatException e) {
                throw new VocabularyException(property + " must be a number");
              }
            });
  }
}
