// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.vocab.essaim;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Demo objects from the domain notes (§5), one per type, as a node would publish them. */
final class DemoData {
  private DemoData() {}

  static final URI NATIONAL = URI.create("https://national.essaim.example/actor");
  static final URI LONS = URI.create("https://jura.essaim.example/actor");
  static final URI HAUT_DOUBS = URI.create("https://haut-doubs.essaim.example/actor");
  static final URI MIRAMAS = URI.create("https://miramas.essaim.example/actor");
  static final URI CAEN = URI.create("https://caen.essaim.example/actor");
  static final URI GRENOBLE = URI.create("https://grenoble.essaim.example/actor");
  static final URI GUYANE = URI.create("https://guyane.essaim.example/actor");
  static final URI AMIENS = URI.create("https://amiens.essaim.example/actor");
  static final URI MEURTHE_ET_MOSELLE = URI.create("https://54.essaim.example/actor");
  static final URI STRASBOURG = URI.create("https://strasbourg.essaim.example/actor");
  static final URI FIGEAC = URI.create("https://figeac.essaim.example/actor");
  static final URI POITIERS = URI.create("https://poitiers.essaim.example/actor");

  static Territory lonsLeSaunier() {
    return new Territory(
        LONS,
        "Lons-le-Saunier / Jura",
        "Crépîte",
        "FR",
        ZoneId.of("Europe/Paris"),
        List.of(
            new PerimeterArea("commune", "39300", "Lons-le-Saunier"),
            new PerimeterArea("departement", "39", "Jura")),
        List.of(
            new Organization(
                URI.create("https://jura.essaim.example/orgs/cluster-jura"),
                "Clus'ter Jura",
                URI.create("https://www.clusterjura.fr/"))),
        "LABELLED",
        null,
        "contact@crepite.example",
        URI.create("https://jura.essaim.example/"));
  }

  static Territory guyane() {
    return new Territory(
        GUYANE,
        "Guyane",
        null,
        "FR",
        ZoneId.of("America/Cayenne"),
        List.of(new PerimeterArea("region", "03", "Guyane")),
        List.of(
            Organization.named("Guyanasso", null), Organization.named("PTCE l'Accordeur", null)),
        "IN_PROMO",
        null,
        null,
        null);
  }

  static final URI ARCHIBON = URI.create("https://national.essaim.example/projects/archibon");
  static final URI ECOPOLES =
      URI.create("https://national.essaim.example/projects/ecopoles-alimentaires");
  static final URI ECOPOLE_SOLUTION =
      URI.create("https://national.essaim.example/solutions/ecopole-alimentaire");
  static final URI PROMO_1 = URI.create("https://national.essaim.example/promos/1");
  static final URI PROMO_2 = URI.create("https://national.essaim.example/promos/2");

  /** S4-02, in the national catalogue of reference cases. */
  static Project archibon() {
    return new Project(
        ARCHIBON,
        NATIONAL,
        LocalizedText.of("Itération vers ARCHIBON", "Towards ARCHIBON"),
        LocalizedText.fr(
            "Faire émerger une micro-filière agroalimentaire en constituant le PTCE « Archibon »,"
                + " pour proposer une offre aux publics précaires et développer le groupe"
                + " économique solidaire Archim'Aide, autour d'un point de vente automatisé."),
        "emergence",
        "ACTIVE",
        "EXTERNAL_CATALOGUE",
        List.of("food.access", "food.organic-local-sector", "employment-inclusion"),
        List.of("activity-co-construction"),
        Organization.named("Les Ateliers des Hauts", null),
        "association-1901",
        List.of(
            Organization.named("Ville de Rouen", null),
            Organization.named("Métropole Rouen Normandie", null)),
        null,
        false,
        true,
        null,
        null,
        new PerimeterArea("departement", "76", "Seine-Maritime"),
        URI.create("https://national.essaim.example/catalogue/archibon"));
  }

  /** A défi of Amiens' soirée on construction and industry waste (28 March 2024). */
  static Challenge amiensChallenge() {
    return new Challenge(
        URI.create("https://amiens.essaim.example/challenges/dechets-btp"),
        AMIENS,
        LocalizedText.of(
            "Comment réemployer les déchets du BTP et de l'industrie ?",
            "How can construction and industrial waste be reused?"),
        List.of("circular-economy.construction"),
        "SEEKING_CARRIER");
  }

  static MethodSheet incubatorSheet() {
    return new MethodSheet(
        URI.create("https://grenoble.essaim.example/sheets/creer-un-incubateur"),
        GRENOBLE,
        LocalizedText.of("Créer et animer un incubateur", "Setting up and running an incubator"),
        LocalizedText.fr("Monter un incubateur dédié aux projets issus des défis du territoire."),
        LocalizedText.fr("<p>Étapes, partenaires, modèle économique.</p>"),
        List.of("SUPPORT", "ECONOMIC_MODEL"),
        List.of(MIRAMAS),
        "1.0",
        "PUBLISHED",
        "CC-BY-SA-4.0",
        null);
  }

  /** S4-01's écopôle alimentaire, offered for essaimage through the Réseau Cocagne. */
  static TransferableSolution ecopole() {
    return new TransferableSolution(
        ECOPOLE_SOLUTION,
        NATIONAL,
        ECOPOLES,
        LocalizedText.of("Écopôle alimentaire", "Food ecohub"),
        LocalizedText.fr(
            "Une coopération économique territoriale qui structure une filière bio locale et"
                + " l'utilise comme levier d'insertion."),
        List.of("food.organic-local-sector", "employment-inclusion"),
        "ACCOMPANIED_TRANSFER",
        LocalizedText.fr(
            "Un référentiel écopôle et un site d'expérimentation ; visites apprenantes."),
        List.of("Partir d'un écopôle pionnier et d'un écopôle émergent"),
        List.of("Prévoir le temps de la capitalisation"),
        Organization.named("Réseau Cocagne", null),
        null);
  }

  static Replication hautDoubsEcopole() {
    return new Replication(
        URI.create("https://haut-doubs.essaim.example/replications/ecopole"),
        ECOPOLE_SOLUTION,
        HAUT_DOUBS,
        "INTERESTED",
        LocalizedText.fr("Adapter le référentiel à un territoire de montagne."));
  }

  /** Two composting projects put in touch (the S2 mise en relation example). */
  static SimilarProjectLink compostLink() {
    return new SimilarProjectLink(
        URI.create("https://national.essaim.example/links/compost-jura-54"),
        List.of(
            URI.create("https://jura.essaim.example/projects/compost-collectif"),
            URI.create("https://54.essaim.example/projects/compost-quartier")),
        List.of("SAME_THEME", "SAME_MODEL"),
        List.of("circular-economy"),
        "INTRODUCED",
        NATIONAL);
  }

  /** The network's 2024 figures: 24 / 17 / 7 / 17 800 / 5 600 / 564 / 691. */
  static KeyFigures network2024() {
    return new KeyFigures(
        URI.create("https://national.essaim.example/key-figures/2024"),
        NATIONAL,
        null,
        "2024",
        24L,
        17L,
        7L,
        17_800L,
        5_600L,
        564L,
        691L,
        null,
        null);
  }

  /** A territory's own figures, with breakdowns; withheld groups have no count. */
  static KeyFigures grenobleFigures() {
    return new KeyFigures(
        URI.create("https://grenoble.essaim.example/objects/key-figures/1"),
        GRENOBLE,
        GRENOBLE,
        "2026",
        null,
        null,
        null,
        1_250L,
        73L,
        12L,
        18L,
        1_040L,
        30L,
        List.of(
            new KeyFigures.Cell("idea", 0L),
            new KeyFigures.Cell("launched", 7L),
            new KeyFigures.Cell("creation", null)),
        List.of(new KeyFigures.Cell("food", 6L), new KeyFigures.Cell("mobility", null)));
  }

  static LabelAttestation miramasLabel() {
    return new LabelAttestation(
        URI.create("https://national.essaim.example/labels/miramas"),
        NATIONAL,
        MIRAMAS,
        "LABELLED",
        LocalDate.of(2024, 4, 15),
        PROMO_1);
  }

  static Promo promo2() {
    return new Promo(
        PROMO_2,
        NATIONAL,
        2,
        LocalizedText.of("Promo 2", "Cohort 2"),
        "2024-2025",
        6L,
        List.of(CAEN, HAUT_DOUBS, GUYANE, POITIERS),
        List.of(STRASBOURG, LONS, MEURTHE_ET_MOSELLE, FIGEAC, AMIENS));
  }

  static Sponsorship miramasCaen() {
    return new Sponsorship(
        URI.create("https://national.essaim.example/sponsorships/miramas-caen"),
        NATIONAL,
        MIRAMAS,
        CAEN,
        PROMO_2,
        "2024-2025",
        "ACTIVE");
  }
}
