// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.vocab.essaim;

import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;
import org.essaim.federation.vocab.As;
import org.essaim.federation.vocab.AsObject;
import org.essaim.federation.vocab.Essaim;
import org.essaim.federation.vocab.VocabularyException;

/**
 * A method sheet (fiche pratique), a network common written by a territoire référent with the
 * territories of the working group, e.g. « Créer et animer un incubateur ». Drafts never leave the
 * node, so a federated sheet is at least IN_REVIEW.
 *
 * @param id the sheet's IRI
 * @param referentTerritory the territoire référent's actor (written as {@code attributedTo})
 * @param name title, French first
 * @param summary short abstract, or null
 * @param content the sheet's body (HTML), or null when only linked
 * @param methodSteps steps of the method it covers: COLLECT_DREAMS, IDEATE, … IMPACT
 * @param contributingTerritories the other territories that wrote it
 * @param version its version, e.g. 1.2 (sheets are updated continuously)
 * @param status IN_REVIEW, PUBLISHED, UPDATED, DEPRECATED
 * @param license e.g. CC-BY-SA-4.0, or null
 * @param url its page, or null
 */
public record MethodSheet(
    URI id,
    URI referentTerritory,
    LocalizedText name,
    LocalizedText summary,
    LocalizedText content,
    List<String> methodSteps,
    List<URI> contributingTerritories,
    String version,
    String status,
    String license,
    URI url) {

  private static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+(\\.\\d+)?");

  public MethodSheet {
    Nodes.require(id, "method sheet id");
    Nodes.require(referentTerritory, "referent territory");
    Nodes.require(name, "method sheet name");
    methodSteps = Codes.codes(methodSteps, Codes.METHOD_STEP, "method step");
    contributingTerritories = List.copyOf(contributingTerritories);
    if (version == null || !VERSION.matcher(version).matches()) {
      throw new VocabularyException("method sheet version must look like 1.2, got " + version);
    }
    if ("DRAFT".equals(status)) {
      throw new VocabularyException("a DRAFT method sheet stays on its node");
    }
    Codes.code(status, Codes.METHOD_SHEET_STATUS, "method sheet status");
    license = Nodes.blankToNull(license);
  }

  public AsObject toAsObject() {
    AsObject.Builder builder = Nodes.article(id, Essaim.METHOD_SHEET);
    builder.reference(As.ATTRIBUTED_TO, referentTerritory);
    Nodes.text(builder, As.NAME, name);
    Nodes.text(builder, As.SUMMARY, summary);
    Nodes.text(builder, As.CONTENT, content);
    Nodes.strings(builder, Essaim.METHOD_STEP, methodSteps);
    Nodes.references(builder, Essaim.CONTRIBUTING_TERRITORY, contributingTerritories);
    builder.string(Essaim.SHEET_VERSION, version);
    builder.string(Essaim.STATUS, status);
    Nodes.string(builder, Essaim.LICENSE, license);
    Nodes.reference(builder, As.URL, url);
    return builder.build();
  }

  public static MethodSheet from(AsObject object) {
    return new MethodSheet(
        Nodes.typedId(object, Essaim.METHOD_SHEET),
        Nodes.requiredReference(object, As.ATTRIBUTED_TO),
        Nodes.requiredText(object, As.NAME),
        Nodes.text(object, As.SUMMARY),
        Nodes.text(object, As.CONTENT),
        Nodes.strings(object, Essaim.METHOD_STEP),
        Nodes.references(object, Essaim.CONTRIBUTING_TERRITORY),
        Nodes.requiredString(object, Essaim.SHEET_VERSION),
        Nodes.requiredString(object, Essaim.STATUS),
        Nodes.string(object, Essaim.LICENSE),
        Nodes.reference(object, As.URL));
  }
}
