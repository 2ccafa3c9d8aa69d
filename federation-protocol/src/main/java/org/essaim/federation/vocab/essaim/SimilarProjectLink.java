// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.vocab.essaim;

import java.net.URI;
import java.util.List;
import org.essaim.federation.vocab.As;
import org.essaim.federation.vocab.AsObject;
import org.essaim.federation.vocab.Essaim;
import org.essaim.federation.vocab.VocabularyException;

/**
 * A link between two similar projects (mise en relation), possibly on different nodes, so their
 * carriers can learn from each other. Who introduced them is an actor (a territory or the national
 * node), never a named person.
 *
 * @param id the link's IRI
 * @param projects the two projects, in IRI order (the link has no direction)
 * @param basis why they are similar: SAME_THEME, SAME_PROBLEM, SAME_MODEL, DECLARED
 * @param sharedThemes theme keys they share
 * @param status SUGGESTED, CONFIRMED, INTRODUCED
 * @param introducedBy the actor that suggested or made the introduction, or null
 * @param summary why the two projects should meet, in a few words (an introduction's message), or
 *     null
 */
public record SimilarProjectLink(
    URI id,
    List<URI> projects,
    List<String> basis,
    List<String> sharedThemes,
    String status,
    URI introducedBy,
    LocalizedText summary) {

  public SimilarProjectLink {
    Nodes.require(id, "link id");
    projects = Nodes.require(projects, "linked projects").stream().distinct().sorted().toList();
    if (projects.size() != 2) {
      throw new VocabularyException(
          "a similar-project link joins exactly two projects, got " + projects.size());
    }
    basis = Codes.codes(basis, Codes.LINK_BASIS, "link basis");
    sharedThemes = Codes.themes(sharedThemes, "shared theme");
    Codes.code(status, Codes.LINK_STATUS, "link status");
  }

  /** A link without a message. */
  public SimilarProjectLink(
      URI id,
      List<URI> projects,
      List<String> basis,
      List<String> sharedThemes,
      String status,
      URI introducedBy) {
    this(id, projects, basis, sharedThemes, status, introducedBy, null);
  }

  public AsObject toAsObject() {
    AsObject.Builder builder = AsObject.builder().id(id).type(Essaim.SIMILAR_PROJECT_LINK);
    Nodes.references(builder, Essaim.LINKED_PROJECT, projects);
    Nodes.strings(builder, Essaim.BASIS, basis);
    Nodes.strings(builder, Essaim.SHARED_THEME, sharedThemes);
    builder.string(Essaim.STATUS, status);
    Nodes.reference(builder, As.ATTRIBUTED_TO, introducedBy);
    Nodes.text(builder, As.SUMMARY, summary);
    return builder.build();
  }

  public static SimilarProjectLink from(AsObject object) {
    URI id = Nodes.typedId(object, Essaim.SIMILAR_PROJECT_LINK);
    List<URI> projects = Nodes.references(object, Essaim.LINKED_PROJECT);
    if (projects.isEmpty()) {
      Nodes.requiredReference(object, Essaim.LINKED_PROJECT); // throws the usual message
    }
    return new SimilarProjectLink(
        id,
        projects,
        Nodes.strings(object, Essaim.BASIS),
        Nodes.strings(object, Essaim.SHARED_THEME),
        Nodes.requiredString(object, Essaim.STATUS),
        Nodes.reference(object, As.ATTRIBUTED_TO),
        Nodes.text(object, As.SUMMARY));
  }
}
