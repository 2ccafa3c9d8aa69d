// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.opendata;

import static org.essaim.node.application.opendata.OpenDataColumn.multi;
import static org.essaim.node.application.opendata.OpenDataColumn.single;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.essaim.federation.vocab.As;
import org.essaim.federation.vocab.essaim.LocalizedText;
import org.essaim.federation.vocab.essaim.MethodSheet;
import org.essaim.federation.vocab.essaim.Organization;
import org.essaim.federation.vocab.essaim.Project;
import org.essaim.federation.vocab.essaim.TransferableSolution;

/**
 * The columns of each dataset's CSV file, in order, with their documentation (the catalogue serves
 * it; docs/open-data.md repeats it). Every value comes from the object as its territory published
 * it, or from the copy's provenance: nothing the wire does not carry, hence nothing personal.
 */
public final class OpenDataColumns {

  private OpenDataColumns() {}

  /** The columns of a dataset of copies (not the territory directory). */
  public static List<OpenDataColumn<OpenItem>> of(OpenDataset dataset) {
    switch (dataset) {
      case PROJECTS:
        return PROJECTS;
      case SOLUTIONS:
        return SOLUTIONS;
      case METHOD_SHEETS:
        return METHOD_SHEETS;
      default:
        throw new IllegalArgumentException(dataset + " is not a dataset of copies");
    }
  }

  /** Names and descriptions of any dataset's columns, for the catalogue. */
  public static List<OpenDataColumn<?>> described(OpenDataset dataset) {
    return dataset == OpenDataset.TERRITORIES ? List.copyOf(TERRITORIES) : List.copyOf(of(dataset));
  }

  // Before the datasets' lists, which end with it (static initialisation order).
  private static final List<OpenDataColumn<OpenItem>> PROVENANCE =
      List.of(
          single(
              "territory_actor",
              "Provenance : acteur du territoire qui a publié l'objet",
              OpenItem::territoryActor),
          single("territory_name", "Provenance : nom de ce territoire", OpenItem::territoryName),
          single(
              "license",
              "Licence de l'objet : la sienne s'il en déclare une, sinon celle du jeu de données",
              OpenItem::license),
          single(
              "received_at",
              "Provenance : première réception par l'agrégateur (UTC, ISO 8601)",
              OpenItem::received),
          single(
              "refreshed_at",
              "Provenance : dernière mise à jour de la copie de l'agrégateur (UTC, ISO 8601)",
              OpenItem::refreshed),
          single(
              "proof_verification_method",
              "Preuve d'intégrité FEP-8b32 : clé du territoire qui a signé l'objet",
              i -> i.proofMember("verificationMethod")),
          single(
              "proof_created",
              "Preuve d'intégrité : date de la signature",
              i -> i.proofMember("created")),
          single(
              "proof_value",
              "Preuve d'intégrité : signature eddsa-jcs-2022 (à vérifier sur le document JSON-LD)",
              i -> i.proofMember("proofValue")));

  public static final List<OpenDataColumn<OpenTerritory>> TERRITORIES =
      List.of(
          single("actor", "Acteur ActivityPub du nœud du territoire (identifiant)", t -> t.actor()),
          single("name", "Nom du territoire", OpenTerritory::name),
          single("region", "Région", OpenTerritory::region),
          single("department", "Département, s'il est renseigné", OpenTerritory::department),
          single("country", "Pays, ISO 3166-1 alpha-2 (FR ou LU)", OpenTerritory::country),
          single(
              "label_status",
              "Place dans le parcours de labellisation : CANDIDATE, DEFERRED, IN_PROMO,"
                  + " NEEDS_MORE_TIME, READY_FOR_LABEL, LABELLED, SUSPENDED, WITHDRAWN",
              OpenTerritory::labelStatus),
          single(
              "label_date",
              "Date du comité de labellisation (AAAA-MM-JJ), si labellisé",
              OpenTerritory::labelDate),
          single(
              "updated_at",
              "Dernière modification de la fiche du registre (UTC, ISO 8601)",
              OpenTerritory::updated));

  private static final List<OpenDataColumn<OpenItem>> PROJECTS =
      withProvenance(
          objectColumns(Project.class, Project::name, Project::summary),
          List.of(
              single(
                  "stage", "Étape du projet (clé : idea, emergence, launched…)", p(Project::stage)),
              single("status", "Statut : ACTIVE, PAUSED, STOPPED, TRANSFERRED", p(Project::status)),
              single(
                  "project_origin",
                  "Origine : SUT_CHALLENGE, INCUBATOR, EXISTING_ACCELERATED, TRANSPOSED_FROM,"
                      + " EXTERNAL_CATALOGUE",
                  p(Project::origin)),
              multi("themes", "Clés des thèmes de la taxonomie nationale", p(Project::themes)),
              multi("support_modes", "Clés des modes d'accompagnement", p(Project::supportModes)),
              single("legal_form", "Forme juridique (clé de la taxonomie)", p(Project::legalForm)),
              single(
                  "carrier_organization",
                  "Structure porteuse (nom), quand elle est publique",
                  p(x -> organization(x.carrierOrganization()))),
              multi(
                  "partners",
                  "Organisations partenaires (noms), quand elles sont publiques",
                  p(x -> x.partners().stream().map(OpenDataColumns::organization).toList())),
              single(
                  "answers_challenge",
                  "Défi auquel le projet répond (identifiant)",
                  p(Project::answersChallenge)),
              single(
                  "pepite",
                  "Projet pépite accéléré par le réseau (true/false)",
                  p(Project::pepite)),
              single(
                  "transferable", "Proposé à l'essaimage (true/false)", p(Project::transferable)),
              single(
                  "location_name",
                  "Lieu (commune au plus précis)",
                  p(x -> x.location() == null ? null : x.location().label())),
              single(
                  "location_code",
                  "Code officiel du lieu (INSEE…)",
                  p(x -> x.location() == null ? null : x.location().code())),
              single("url", "Page publique du projet", p(Project::url))));

  private static final List<OpenDataColumn<OpenItem>> SOLUTIONS =
      withProvenance(
          objectColumns(
              TransferableSolution.class,
              TransferableSolution::name,
              TransferableSolution::summary),
          List.of(
              multi("themes", "Clés des thèmes traités", s(TransferableSolution::themes)),
              single(
                  "transfer_mode",
                  "Mode de transfert : OPEN_METHOD, ACCOMPANIED_TRANSFER, ANTENNA, FRANCHISE,"
                      + " NETWORK_KIT",
                  s(TransferableSolution::transferMode)),
              single(
                  "transfer_conditions",
                  "Conditions de transfert (prérequis, modèle)",
                  s(x -> text(x.transferConditions()))),
              multi(
                  "key_success_factors",
                  "Facteurs clés de succès",
                  s(TransferableSolution::keySuccessFactors)),
              multi("watch_points", "Points d'attention", s(TransferableSolution::watchPoints)),
              single(
                  "source_project",
                  "Projet dont la solution est issue (identifiant)",
                  s(TransferableSolution::sourceProject)),
              single(
                  "contact_organization",
                  "Organisation à contacter (nom), quand elle est publique",
                  s(x -> organization(x.contactOrganization()))),
              single("url", "Page publique de la solution", s(TransferableSolution::url))));

  private static final List<OpenDataColumn<OpenItem>> METHOD_SHEETS =
      withProvenance(
          objectColumns(MethodSheet.class, MethodSheet::name, MethodSheet::summary),
          List.of(
              single("sheet_version", "Version de la fiche (1.0, 2.0…)", m(MethodSheet::version)),
              single("status", "Statut : PUBLISHED, UPDATED, DEPRECATED…", m(MethodSheet::status)),
              multi(
                  "method_steps",
                  "Étapes de la méthode (COLLECT_DREAMS, IDEATE, SUPPORT…)",
                  m(MethodSheet::methodSteps)),
              multi(
                  "contributing_territories",
                  "Autres territoires du groupe de travail (acteurs)",
                  m(x -> x.contributingTerritories().stream().map(URI::toString).toList())),
              single("url", "Page publique de la fiche", m(MethodSheet::url))));

  /** Identity, title, summary, body and dates: the first columns of every dataset of copies. */
  private static <R> List<OpenDataColumn<OpenItem>> objectColumns(
      Class<R> type, Function<R, LocalizedText> name, Function<R, LocalizedText> summary) {
    return List.of(
        single("id", "Identifiant de l'objet (son adresse ActivityPub)", OpenItem::objectId),
        single("name", "Titre (en français)", i -> text(name.apply(type.cast(i.record())))),
        single("summary", "Résumé (en français)", i -> text(summary.apply(type.cast(i.record())))),
        single(
            "content_html",
            "Texte complet, en HTML assaini par le territoire",
            i -> i.object().string(As.CONTENT, "fr").orElse(null)),
        single(
            "published",
            "Première publication par le territoire (UTC, ISO 8601)",
            i -> i.object().instant(As.PUBLISHED).orElse(null)),
        single(
            "updated",
            "Dernière modification par le territoire (UTC, ISO 8601)",
            i -> i.object().instant(As.UPDATED).orElse(null)));
  }

  private static List<OpenDataColumn<OpenItem>> withProvenance(
      List<OpenDataColumn<OpenItem>> first, List<OpenDataColumn<OpenItem>> own) {
    List<OpenDataColumn<OpenItem>> columns = new ArrayList<>(first);
    columns.addAll(own);
    columns.addAll(PROVENANCE);
    return List.copyOf(columns);
  }

  private static <V> Function<OpenItem, V> p(Function<Project, V> field) {
    return i -> field.apply((Project) i.record());
  }

  private static <V> Function<OpenItem, V> s(Function<TransferableSolution, V> field) {
    return i -> field.apply((TransferableSolution) i.record());
  }

  private static <V> Function<OpenItem, V> m(Function<MethodSheet, V> field) {
    return i -> field.apply((MethodSheet) i.record());
  }

  private static String text(LocalizedText text) {
    return text == null ? null : text.fr() != null ? text.fr() : text.en();
  }

  private static String organization(Organization organization) {
    if (organization == null) {
      return null;
    }
    return organization.name() != null
        ? organization.name()
        : organization.id() == null ? null : organization.id().toString();
  }
}
