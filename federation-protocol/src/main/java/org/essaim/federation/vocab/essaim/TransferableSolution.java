// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.vocab.essaim;

import java.net.URI;
import java.util.List;
import org.essaim.federation.vocab.As;
import org.essaim.federation.vocab.AsObject;
import org.essaim.federation.vocab.Essaim;

/**
 * A transferable solution (solution essaimable): a proven project offered to other territories,
 * with how it transfers, its facteurs clés de succès and points d'attention. The contact is an
 * organisation, never a person.
 *
 * @param id the solution's IRI
 * @param publisher the actor that offers it, a territory or the national node ({@code
 *     attributedTo})
 * @param sourceProject the project it comes from
 * @param name title, French first
 * @param summary what it does and for whom, or null
 * @param themes problems it addresses, as theme keys (for défi ↔ solution matching)
 * @param transferMode OPEN_METHOD, ACCOMPANIED_TRANSFER, ANTENNA, FRANCHISE, NETWORK_KIT
 * @param transferConditions prerequisites, model and costs, or null
 * @param keySuccessFactors facteurs clés de succès
 * @param watchPoints points d'attention
 * @param contactOrganization the organisation to contact, or null
 * @param url its page, or null
 */
public record TransferableSolution(
    URI id,
    URI publisher,
    URI sourceProject,
    LocalizedText name,
    LocalizedText summary,
    List<String> themes,
    String transferMode,
    LocalizedText transferConditions,
    List<String> keySuccessFactors,
    List<String> watchPoints,
    Organization contactOrganization,
    URI url) {

  public TransferableSolution {
    Nodes.require(id, "transferable solution id");
    Nodes.require(publisher, "publisher");
    Nodes.require(sourceProject, "source project");
    Nodes.require(name, "transferable solution name");
    themes = Codes.themes(themes, "theme");
    Codes.code(transferMode, Codes.TRANSFER_MODE, "transfer mode");
    keySuccessFactors = List.copyOf(keySuccessFactors);
    watchPoints = List.copyOf(watchPoints);
  }

  public AsObject toAsObject() {
    AsObject.Builder builder = Nodes.article(id, Essaim.TRANSFERABLE_SOLUTION);
    builder.reference(As.ATTRIBUTED_TO, publisher);
    builder.reference(Essaim.SOURCE_PROJECT, sourceProject);
    Nodes.text(builder, As.NAME, name);
    Nodes.text(builder, As.SUMMARY, summary);
    Nodes.strings(builder, Essaim.THEME, themes);
    builder.string(Essaim.TRANSFER_MODE, transferMode);
    Nodes.text(builder, Essaim.TRANSFER_CONDITIONS, transferConditions);
    Nodes.strings(builder, Essaim.KEY_SUCCESS_FACTOR, keySuccessFactors);
    Nodes.strings(builder, Essaim.WATCH_POINT, watchPoints);
    if (contactOrganization != null) {
      builder.add(Essaim.CONTACT_ORGANIZATION, contactOrganization.toAsValue());
    }
    Nodes.reference(builder, As.URL, url);
    return builder.build();
  }

  public static TransferableSolution from(AsObject object) {
    return new TransferableSolution(
        Nodes.typedId(object, Essaim.TRANSFERABLE_SOLUTION),
        Nodes.requiredReference(object, As.ATTRIBUTED_TO),
        Nodes.requiredReference(object, Essaim.SOURCE_PROJECT),
        Nodes.requiredText(object, As.NAME),
        Nodes.text(object, As.SUMMARY),
        Nodes.strings(object, Essaim.THEME),
        Nodes.requiredString(object, Essaim.TRANSFER_MODE),
        Nodes.text(object, Essaim.TRANSFER_CONDITIONS),
        Nodes.strings(object, Essaim.KEY_SUCCESS_FACTOR),
        Nodes.strings(object, Essaim.WATCH_POINT),
        object.values(Essaim.CONTACT_ORGANIZATION).stream()
            .map(v -> Organization.from(object, Essaim.CONTACT_ORGANIZATION, v))
            .findFirst()
            .orElse(null),
        Nodes.reference(object, As.URL));
  }
}
