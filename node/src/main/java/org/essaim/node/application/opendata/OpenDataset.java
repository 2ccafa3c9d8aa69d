// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.opendata;

import java.util.Arrays;
import java.util.Optional;
import org.essaim.node.domain.model.remote.RemoteObjectKind;

/** The datasets an aggregator exports, by the name their files carry. */
public enum OpenDataset {
  PROJECTS(
      "projects",
      RemoteObjectKind.PROJECT,
      "Projets",
      "Les projets que les territoires du réseau rendent publics, tels qu'ils les publient."),
  SOLUTIONS(
      "solutions",
      RemoteObjectKind.SOLUTION,
      "Solutions essaimables",
      "Les solutions que les territoires proposent à l'essaimage, avec leurs conditions de"
          + " transfert."),
  METHOD_SHEETS(
      "method-sheets",
      RemoteObjectKind.METHOD_SHEET,
      "Fiches pratiques",
      "Les fiches pratiques publiées par les territoires, chacune sous sa propre licence."),
  TERRITORIES(
      "territories",
      null,
      "Annuaire des territoires",
      "Les territoires du réseau (sauf les simples contacts) et leur place dans le parcours de"
          + " labellisation, d'après le registre national.");

  private final String slug;
  private final RemoteObjectKind kind;
  private final String title;
  private final String description;

  OpenDataset(String slug, RemoteObjectKind kind, String title, String description) {
    this.slug = slug;
    this.kind = kind;
    this.title = title;
    this.description = description;
  }

  /** The dataset whose file is named {@code slug} (projects, method-sheets…). */
  public static Optional<OpenDataset> bySlug(String slug) {
    return Arrays.stream(values()).filter(d -> d.slug.equals(slug)).findFirst();
  }

  public String slug() {
    return slug;
  }

  /** The kind of copies it exports; empty for the territory directory. */
  public Optional<RemoteObjectKind> kind() {
    return Optional.ofNullable(kind);
  }

  /** French title. */
  public String title() {
    return title;
  }

  /** French description. */
  public String description() {
    return description;
  }
}
