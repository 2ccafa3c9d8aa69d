// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.vocab.essaim;

import java.util.List;
import java.util.function.Function;
import org.essaim.federation.vocab.AsObject;
import org.essaim.federation.vocab.Essaim;

/** One demo record per type, written, with its reader and a property it cannot do without. */
record Samples(
    String type, Object record, AsObject object, Function<AsObject, Object> from, String required) {

  @Override
  public String toString() {
    return type;
  }

  static List<Samples> all() {
    Territory territory = DemoData.lonsLeSaunier();
    Project project = DemoData.archibon();
    Challenge challenge = DemoData.amiensChallenge();
    MethodSheet sheet = DemoData.incubatorSheet();
    TransferableSolution solution = DemoData.ecopole();
    Replication replication = DemoData.hautDoubsEcopole();
    SimilarProjectLink link = DemoData.compostLink();
    KeyFigures figures = DemoData.network2024();
    KeyFigures territoryFigures = DemoData.grenobleFigures();
    LabelAttestation label = DemoData.miramasLabel();
    Promo promo = DemoData.promo2();
    Sponsorship sponsorship = DemoData.miramasCaen();
    return List.of(
        new Samples(
            "Territory", territory, territory.toAsObject(), Territory::from, Essaim.LABEL_STATUS),
        new Samples("Project", project, project.toAsObject(), Project::from, Essaim.STAGE),
        new Samples("Challenge", challenge, challenge.toAsObject(), Challenge::from, Essaim.STATUS),
        new Samples(
            "MethodSheet", sheet, sheet.toAsObject(), MethodSheet::from, Essaim.SHEET_VERSION),
        new Samples(
            "TransferableSolution",
            solution,
            solution.toAsObject(),
            TransferableSolution::from,
            Essaim.SOURCE_PROJECT),
        new Samples(
            "Replication",
            replication,
            replication.toAsObject(),
            Replication::from,
            Essaim.SOLUTION),
        new Samples(
            "SimilarProjectLink",
            link,
            link.toAsObject(),
            SimilarProjectLink::from,
            Essaim.LINKED_PROJECT),
        new Samples("KeyFigures", figures, figures.toAsObject(), KeyFigures::from, Essaim.PERIOD),
        new Samples(
            "TerritoryKeyFigures",
            territoryFigures,
            territoryFigures.toAsObject(),
            KeyFigures::from,
            Essaim.PERIOD),
        new Samples(
            "LabelAttestation",
            label,
            label.toAsObject(),
            LabelAttestation::from,
            Essaim.LABEL_DATE),
        new Samples("Promo", promo, promo.toAsObject(), Promo::from, Essaim.PROMO_NUMBER),
        new Samples(
            "Sponsorship",
            sponsorship,
            sponsorship.toAsObject(),
            Sponsorship::from,
            Essaim.SPONSEE));
  }
}
