// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.federation.exchanges;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.essaim.federation.jsonld.ActivityStreamsCodec;
import org.essaim.federation.vocab.Activity;
import org.essaim.federation.vocab.ActivityType;
import org.essaim.federation.vocab.As;
import org.essaim.federation.vocab.AsObject;
import org.essaim.federation.vocab.essaim.LocalizedText;
import org.essaim.federation.vocab.essaim.Replication;
import org.essaim.federation.vocab.essaim.SimilarProjectLink;
import org.essaim.node.application.federation.HtmlText;

/**
 * The activities of the exchanges, all by this territory's actor (never a person): a reply, an
 * amendment, replication or introduction proposal, an answer to a peer's Offer, an Announce, the
 * withdrawal of a link.
 *
 * @param territory this territory's actor
 */
public record ExchangeActivities(URI territory) {

  /** The media type of a proposed sheet text: its body in Markdown. */
  public static final String MARKDOWN = "text/markdown";

  private static final ActivityStreamsCodec CODEC = new ActivityStreamsCodec();

  /** {@code Create{Note inReplyTo <object>}} addressed to the object's territory only. */
  public Activity reply(URI id, URI origin, URI object, String text, Instant now) {
    AsObject note =
        AsObject.builder()
            .id(part(id, "note"))
            .type(As.NOTE)
            .reference(As.ATTRIBUTED_TO, territory)
            .reference(As.IN_REPLY_TO, object)
            .reference(As.TO, origin)
            .string(As.CONTENT, HtmlText.escape(text))
            .dateTime(As.PUBLISHED, now)
            .build();
    return Activity.builder(ActivityType.CREATE)
        .id(id)
        .actor(territory)
        .object(note)
        .to(origin)
        .published(now)
        .build();
  }

  /**
   * {@code Offer{Note (Markdown), target: <sheet>}}: a new body for the sheet, with a summary of
   * the change.
   */
  public Activity amendment(
      URI id, URI origin, URI sheet, String summary, String markdown, Instant now) {
    AsObject.Builder proposal =
        AsObject.builder()
            .id(part(id, "amendment"))
            .type(As.NOTE)
            .reference(As.ATTRIBUTED_TO, territory)
            .reference(As.IN_REPLY_TO, sheet)
            .string(As.MEDIA_TYPE, MARKDOWN)
            .string(As.CONTENT, markdown);
    if (summary != null) {
      proposal.string(As.SUMMARY, summary);
    }
    return Activity.builder(ActivityType.OFFER)
        .id(id)
        .actor(territory)
        .object(proposal.build())
        .target(sheet)
        .to(origin)
        .published(now)
        .build();
  }

  /**
   * {@code Offer{Replication (INTERESTED) of <solution> by this territory, target: <solution>}}.
   */
  public Activity replicationProposal(
      URI id, URI origin, URI solution, String message, Instant now) {
    Replication replication =
        new Replication(
            part(id, "replication"),
            solution,
            territory,
            "INTERESTED",
            message == null ? null : LocalizedText.fr(message));
    return Activity.builder(ActivityType.OFFER)
        .id(id)
        .actor(territory)
        .object(replication.toAsObject())
        .target(solution)
        .to(origin)
        .published(now)
        .build();
  }

  /** The status of the link an introduction proposes; CONFIRMED once the peer accepts. */
  public static final String SUGGESTED = "SUGGESTED";

  /**
   * {@code Offer{SimilarProjectLink (SUGGESTED) between <ours> and <theirs>, target: <theirs>}}:
   * this territory introduces one of its projects to a peer's.
   *
   * @throws org.essaim.federation.vocab.VocabularyException for a basis or theme key the vocabulary
   *     refuses
   */
  public Activity introduction(
      URI id,
      URI origin,
      URI ours,
      URI theirs,
      List<String> basis,
      List<String> sharedThemes,
      String message,
      Instant now) {
    SimilarProjectLink link =
        new SimilarProjectLink(
            part(id, "link"),
            List.of(ours, theirs),
            basis,
            sharedThemes,
            SUGGESTED,
            territory,
            message == null ? null : LocalizedText.fr(message));
    return Activity.builder(ActivityType.OFFER)
        .id(id)
        .actor(territory)
        .object(link.toAsObject())
        .target(theirs)
        .to(origin)
        .published(now)
        .build();
  }

  /**
   * {@code Undo{<Offer id>}}: the link that Offer made is withdrawn. Either territory of the link
   * sends it, referring to the Offer both nodes know.
   */
  public Activity withdrawal(URI id, URI peer, URI offer, Instant now) {
    return Activity.builder(ActivityType.UNDO)
        .id(id)
        .actor(territory)
        .object(offer)
        .to(peer)
        .published(now)
        .build();
  }

  /** {@code Accept} (or {@code Reject}) of a peer's Offer, referenced by id. */
  public Activity answer(boolean accepted, URI id, URI proposer, URI offer, Instant now) {
    return Activity.builder(accepted ? ActivityType.ACCEPT : ActivityType.REJECT)
        .id(id)
        .actor(territory)
        .object(offer)
        .to(proposer)
        .published(now)
        .build();
  }

  /**
   * {@code Announce{<object>}} to this territory's followers; {@code cc} Public only when the
   * object is public (a NETWORK object is never re-shared to Public).
   */
  public Activity announce(URI id, URI object, URI followers, boolean publicObject, Instant now) {
    Activity.Builder announce =
        Activity.builder(ActivityType.ANNOUNCE)
            .id(id)
            .actor(territory)
            .object(object)
            .to(followers)
            .published(now);
    if (publicObject) {
      announce.cc(URI.create(As.PUBLIC));
    }
    return announce.build();
  }

  /** The document as sent (compact JSON-LD with the bundled contexts). */
  public static byte[] bytes(Activity activity) {
    return CODEC.writeBytes(activity.asObject());
  }

  private static URI part(URI activity, String fragment) {
    return URI.create(activity + "#" + fragment);
  }

  /** HTML {@code content} received, as plain text: tags dropped, the basic entities decoded. */
  static String plainText(String html) {
    return html.replaceAll("(?i)<br\\s*/?>|</p>\\s*<p[^>]*>", "\n")
        .replaceAll("<[^>]*>", "")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
        .strip();
  }
}
