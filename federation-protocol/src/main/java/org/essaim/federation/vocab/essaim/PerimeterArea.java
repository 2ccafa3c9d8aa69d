// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.vocab.essaim;

import org.essaim.federation.vocab.As;
import org.essaim.federation.vocab.AsObject;
import org.essaim.federation.vocab.AsValue;
import org.essaim.federation.vocab.Essaim;

/**
 * One area of a territory's perimeter (périmètre): a commune, an EPCI, a département, a PNR, a
 * bassin… Also an AS2 {@code Place}, so generic servers show its name.
 *
 * @param level geographic level: commune, epci, pays, departement, region, national, pnr, bassin,
 *     cross-border
 * @param code official code (INSEE, SIREN of the EPCI, ISO 3166-2…), or null for a free-form bassin
 *     or cross-border area
 * @param label the area's name, e.g. "Jura", "Grande-Région"
 */
public record PerimeterArea(String level, String code, String label) {
  public PerimeterArea {
    Codes.code(level, Codes.GEO_LEVEL, "perimeter level");
    code = Nodes.blankToNull(code);
    label = Nodes.require(Nodes.blankToNull(label), "perimeter area label");
  }

  AsObject toAsObject() {
    AsObject.Builder builder = AsObject.builder().type(As.PLACE).type(Essaim.PERIMETER_AREA);
    builder.string(Essaim.LEVEL, level);
    Nodes.string(builder, Essaim.CODE, code);
    builder.string(As.NAME, label);
    return builder.build();
  }

  static PerimeterArea from(AsObject parent, String property, AsValue value) {
    AsObject area = Nodes.embeddedObject(parent, property, value);
    return new PerimeterArea(
        Nodes.requiredString(area, Essaim.LEVEL),
        Nodes.string(area, Essaim.CODE),
        Nodes.requiredString(area, As.NAME));
  }
}
