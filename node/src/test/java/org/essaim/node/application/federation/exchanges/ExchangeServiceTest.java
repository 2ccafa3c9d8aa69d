// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.federation.exchanges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.essaim.node.application.federation.exchanges.ExchangeFixture.OUR_SHEET;
import static org.essaim.node.application.federation.exchanges.ExchangeFixture.OUR_SOLUTION;
import static org.essaim.node.application.federation.exchanges.ExchangeFixture.STRANGER;
import static org.essaim.node.application.federation.exchanges.ExchangeFixture.THEIR_SHEET;
import static org.essaim.node.application.federation.exchanges.ExchangeFixture.THEIR_SOLUTION;
import static org.essaim.node.application.federation.exchanges.ExchangeFixture.US;
import static org.essaim.node.application.federation.exchanges.ExchangeFixture.VIERZON;
import static org.essaim.node.application.federation.exchanges.ExchangeFixture.VIERZON_INBOX;
import static org.essaim.node.application.federation.exchanges.ExchangeFixture.activityId;
import static org.essaim.node.application.federation.exchanges.ExchangeFixture.inbound;

import jakarta.json.JsonObject;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.essaim.federation.vocab.Activity;
import org.essaim.federation.vocab.ActivityType;
import org.essaim.federation.vocab.As;
import org.essaim.federation.vocab.AsObject;
import org.essaim.federation.vocab.essaim.LocalizedText;
import org.essaim.federation.vocab.essaim.Replication;
import org.essaim.node.application.ConflictException;
import org.essaim.node.application.InvalidInputException;
import org.essaim.node.application.federation.HandlingOutcome;
import org.essaim.node.application.federation.HandlingOutcome.Status;
import org.essaim.node.application.federation.InboundActivity;
import org.essaim.node.domain.model.exchange.Exchange;
import org.essaim.node.domain.model.exchange.ExchangeKind;
import org.essaim.node.domain.model.exchange.ExchangeState;
import org.essaim.node.domain.model.remote.CopyAudience;
import org.essaim.node.domain.model.remote.RemoteObjectKind;
import org.junit.jupiter.api.Test;

class ExchangeServiceTest {

  final ExchangeFixture f = new ExchangeFixture();
  final ExchangeService service = f.service;

  // --- received ---

  static InboundActivity reply(URI actor, URI inReplyTo, URI author, String content) {
    AsObject.Builder note =
        AsObject.builder()
            .id(URI.create(actor.resolve("/notes/") + "1"))
            .type(As.NOTE)
            .reference(As.IN_REPLY_TO, inReplyTo)
            .string(As.CONTENT, content);
    if (author != null) {
      note.reference(As.ATTRIBUTED_TO, author);
    }
    return inbound(
        actor,
        Activity.builder(ActivityType.CREATE)
            .id(activityId(actor))
            .actor(actor)
            .object(note.build())
            .build());
  }

  static InboundActivity offer(URI actor, AsObject object, URI target) {
    Activity.Builder offer =
        Activity.builder(ActivityType.OFFER).id(activityId(actor)).actor(actor).object(object);
    if (target != null) {
      offer.target(target);
    }
    return inbound(actor, offer.build());
  }

  static AsObject amendment(String mediaType, String content) {
    AsObject.Builder note =
        AsObject.builder()
            .id(URI.create("https://vierzon.example/proposals/1"))
            .type(As.NOTE)
            .string(As.SUMMARY, "Ajout d'une conclusion")
            .string(As.CONTENT, content);
    if (mediaType != null) {
      note.string(As.MEDIA_TYPE, mediaType);
    }
    return note.build();
  }

  static AsObject replication(URI solution, URI territory) {
    return new Replication(
            URI.create("https://vierzon.example/replications/1"),
            solution,
            territory,
            "INTERESTED",
            LocalizedText.fr("Adapter à la montagne."))
        .toAsObject();
  }

  @Test
  void aReplyToOneOfOurSheetsIsListedAsPlainText() {
    InboundActivity reply = reply(VIERZON, OUR_SHEET, VIERZON, "<p>Bravo &amp; merci</p>");
    assertThat(service.isReplyToUs(reply)).isTrue();
    assertThat(service.onReply(reply).status()).isEqualTo(Status.PROCESSED);
    Exchange received = f.exchanges.received().get(0);
    assertThat(received.kind()).isEqualTo(ExchangeKind.REPLY);
    assertThat(received.state()).isEqualTo(ExchangeState.VISIBLE);
    assertThat(received.content()).contains("Bravo & merci");
    assertThat(received.localId()).isEqualTo(3);
    assertThat(received.peerName()).contains("Vierzon");
    assertThat(service.onReply(reply).status()).isEqualTo(Status.IGNORED);
    assertThat(f.exchanges.received()).hasSize(1);
    assertThat(f.delivery.sent).isEmpty();
  }

  @Test
  void aNoteReplyingToSomeoneElsesObjectIsNotOurs() {
    assertThat(service.isReplyToUs(reply(VIERZON, THEIR_SHEET, VIERZON, "x"))).isFalse();
  }

  @Test
  void repliesFromNonAdmittedOrMisattributedOrAboutUnsharedObjectsAreRefused() {
    f.policy.blocked.add(STRANGER);
    assertThat(service.onReply(reply(STRANGER, OUR_SHEET, STRANGER, "x")).status())
        .isEqualTo(Status.IGNORED);
    assertThat(
            service
                .onReply(
                    reply(VIERZON, OUR_SHEET, URI.create("https://vierzon.example/users/ana"), "x"))
                .status())
        .isEqualTo(Status.REJECTED);
    assertThat(
            service
                .onReply(
                    reply(
                        VIERZON,
                        URI.create("https://lons.example/objects/method-sheets/77"),
                        VIERZON,
                        "x"))
                .status())
        .isEqualTo(Status.REJECTED);
    assertThat(
            service
                .onReply(
                    reply(VIERZON, OUR_SHEET, VIERZON, "x".repeat(ExchangeService.MAX_TEXT + 1)))
                .status())
        .isEqualTo(Status.REJECTED);
    assertThat(f.exchanges.all).isEmpty();
  }

  @Test
  void anAmendmentOfOurSheetAwaitsTheTeam() {
    HandlingOutcome outcome =
        service.onOffer(offer(VIERZON, amendment("text/markdown", "## Conclure"), OUR_SHEET));
    assertThat(outcome.status()).as(outcome.reason()).isEqualTo(Status.PROCESSED);
    Exchange received = f.exchanges.received().get(0);
    assertThat(received.kind()).isEqualTo(ExchangeKind.AMENDMENT);
    assertThat(received.state()).isEqualTo(ExchangeState.PENDING);
    assertThat(received.content()).contains("## Conclure");
    assertThat(received.summary()).contains("Ajout d'une conclusion");
  }

  @Test
  void amendmentsThatAreNotMarkdownOrTooLongOrWithoutTargetAreRefused() {
    assertThat(
            service.onOffer(offer(VIERZON, amendment("text/html", "<p>x</p>"), OUR_SHEET)).status())
        .isEqualTo(Status.REJECTED);
    assertThat(
            service
                .onOffer(
                    offer(
                        VIERZON, amendment(null, "x".repeat(Exchange.MAX_CONTENT + 1)), OUR_SHEET))
                .status())
        .isEqualTo(Status.REJECTED);
    assertThat(service.onOffer(offer(VIERZON, amendment(null, "x"), null)).status())
        .isEqualTo(Status.REJECTED);
    assertThat(service.onOffer(offer(VIERZON, amendment(null, "x"), THEIR_SHEET)).status())
        .isEqualTo(Status.IGNORED);
    assertThat(f.exchanges.all).isEmpty();
  }

  @Test
  void aReplicationProposalOfOurSolutionAwaitsTheTeam() {
    HandlingOutcome outcome =
        service.onOffer(offer(VIERZON, replication(OUR_SOLUTION, VIERZON), OUR_SOLUTION));
    assertThat(outcome.status()).as(outcome.reason()).isEqualTo(Status.PROCESSED);
    Exchange received = f.exchanges.received().get(0);
    assertThat(received.kind()).isEqualTo(ExchangeKind.REPLICATION_PROPOSAL);
    assertThat(received.content()).contains("Adapter à la montagne.");
    assertThat(received.localId()).isEqualTo(5);
  }

  @Test
  void aReplicationByAnotherTerritoryOrOfAnotherSolutionIsRejected() {
    assertThat(
            service
                .onOffer(offer(VIERZON, replication(OUR_SOLUTION, STRANGER), OUR_SOLUTION))
                .status())
        .isEqualTo(Status.REJECTED);
    assertThat(
            service
                .onOffer(offer(VIERZON, replication(THEIR_SOLUTION, VIERZON), OUR_SOLUTION))
                .status())
        .isEqualTo(Status.REJECTED);
    assertThat(service.onOffer(offer(VIERZON, amendment(null, "x"), OUR_SOLUTION)).status())
        .isEqualTo(Status.REJECTED);
    assertThat(f.exchanges.all).isEmpty();
  }

  // --- decisions ---

  Exchange receivedAmendment() {
    service.onOffer(offer(VIERZON, amendment("text/markdown", "## Conclure"), OUR_SHEET));
    List<Exchange> received = f.exchanges.received();
    return received.get(received.size() - 1);
  }

  @Test
  void acceptingAnAmendmentMakesAVersionProposedByItsTerritoryAndAnswersAccept() {
    Exchange amendment = receivedAmendment();
    ExchangeView accepted = service.accept(amendment.id(), "animatrice");
    assertThat(accepted.state()).isEqualTo(ExchangeState.ACCEPTED);
    assertThat(accepted.result()).contains("version 2");
    assertThat(accepted.decidedBy()).contains("animatrice");
    ExchangeFixture.Sheets.Revision revision = f.sheetService.revisions.get(0);
    assertThat(revision.id()).isEqualTo(3);
    assertThat(revision.body()).isEqualTo("## Conclure");
    assertThat(revision.note())
        .isEqualTo("Amendement proposé par Vierzon (" + VIERZON + ") : Ajout d'une conclusion");
    ExchangeFixture.Recording.Sent accept = f.delivery.last();
    assertThat(accept.type()).isEqualTo("Accept");
    assertThat(accept.inboxes()).containsExactly(VIERZON_INBOX);
    assertThat(accept.activity().getString("actor")).isEqualTo(US.toString());
    assertThat(accept.activity().getString("object")).isEqualTo(amendment.activityId().toString());
    assertThat(accept.activity().toString()).doesNotContain("animatrice");
    assertThatThrownBy(() -> service.accept(amendment.id(), "animatrice"))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> service.dismiss(amendment.id(), "animatrice"))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void dismissingAnOfferAnswersReject() {
    Exchange amendment = receivedAmendment();
    ExchangeView dismissed = service.dismiss(amendment.id(), "animatrice");
    assertThat(dismissed.state()).isEqualTo(ExchangeState.REJECTED);
    assertThat(f.delivery.last().type()).isEqualTo("Reject");
    assertThat(f.sheetService.revisions).isEmpty();
  }

  @Test
  void aReplyIsHiddenNeverDecided() {
    service.onReply(reply(VIERZON, OUR_SHEET, VIERZON, "x"));
    long id = f.exchanges.received().get(0).id();
    assertThatThrownBy(() -> service.accept(id, "animatrice"))
        .isInstanceOf(ConflictException.class);
    assertThat(service.hide(id, true, "animatrice").state()).isEqualTo(ExchangeState.HIDDEN);
    assertThat(service.hide(id, false, "animatrice").state()).isEqualTo(ExchangeState.VISIBLE);
    assertThat(f.delivery.sent).isEmpty();
    Exchange amendment = receivedAmendment();
    assertThatThrownBy(() -> service.hide(amendment.id(), true, "animatrice"))
        .isInstanceOf(ConflictException.class);
  }

  // --- sent ---

  @Test
  void aReplyIsANoteOfTheTerritoryToTheOriginOnly() {
    long copy = f.copyOf(THEIR_SHEET, RemoteObjectKind.METHOD_SHEET, CopyAudience.NETWORK);
    ExchangeView sent = service.reply(copy, " Testée à Lons <b>!</b> ");
    assertThat(sent.state()).isEqualTo(ExchangeState.SENT);
    assertThat(sent.content()).contains("Testée à Lons <b>!</b>");
    ExchangeFixture.Recording.Sent create = f.delivery.last();
    assertThat(create.type()).isEqualTo("Create");
    assertThat(create.inboxes()).containsExactly(VIERZON_INBOX);
    assertThat(create.activity().getString("to")).isEqualTo(VIERZON.toString());
    JsonObject note = create.activity().getJsonObject("object");
    assertThat(note.getString("type")).isEqualTo("Note");
    assertThat(note.getString("attributedTo")).isEqualTo(US.toString());
    assertThat(note.getString("inReplyTo")).isEqualTo(THEIR_SHEET.toString());
    assertThat(note.getString("content")).isEqualTo("Testée à Lons &lt;b&gt;!&lt;/b&gt;");
    assertThat(create.activity().toString()).doesNotContain("Public");
  }

  @Test
  void anAmendmentIsAnOfferOfMarkdownTargetingTheSheet() {
    long copy = f.copyOf(THEIR_SHEET, RemoteObjectKind.METHOD_SHEET, CopyAudience.NETWORK);
    ExchangeView sent = service.proposeAmendment(copy, "Ajout", "## Conclure");
    assertThat(sent.state()).isEqualTo(ExchangeState.PENDING);
    JsonObject offer = f.delivery.last().activity();
    assertThat(offer.getString("type")).isEqualTo("Offer");
    assertThat(offer.getString("target")).isEqualTo(THEIR_SHEET.toString());
    assertThat(offer.getJsonObject("object").getString("mediaType")).isEqualTo("text/markdown");
    assertThat(offer.getJsonObject("object").getString("content")).isEqualTo("## Conclure");
    assertThat(offer.getJsonObject("object").getString("summary")).isEqualTo("Ajout");
    assertThat(f.delivery.last().id()).isEqualTo(sent.activityId());
  }

  @Test
  void aReplicationProposalIsAnOfferOfAReplicationByThisTerritory() {
    long copy = f.copyOf(THEIR_SOLUTION, RemoteObjectKind.SOLUTION, CopyAudience.NETWORK);
    service.proposeReplication(copy, "Montagne");
    JsonObject offer = f.delivery.last().activity();
    assertThat(offer.getString("type")).isEqualTo("Offer");
    assertThat(offer.getString("target")).isEqualTo(THEIR_SOLUTION.toString());
    Replication replication =
        Replication.from(
            new Activity(
                    ExchangeFixture.CODEC.read(
                        offer.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .embeddedObject()
                .orElseThrow());
    assertThat(replication.solution()).isEqualTo(THEIR_SOLUTION);
    assertThat(replication.replicatingTerritory()).isEqualTo(US);
    assertThat(replication.status()).isEqualTo("INTERESTED");
  }

  @Test
  void wrongKindsBlockedPeersAndBadTextsAreRefusedBeforeAnythingIsSent() {
    long sheet = f.copyOf(THEIR_SHEET, RemoteObjectKind.METHOD_SHEET, CopyAudience.NETWORK);
    long solution = f.copyOf(THEIR_SOLUTION, RemoteObjectKind.SOLUTION, CopyAudience.NETWORK);
    assertThatThrownBy(() -> service.proposeAmendment(solution, null, "x"))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> service.proposeReplication(sheet, null))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> service.announce(sheet)).isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> service.reply(sheet, "  ")).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> service.proposeAmendment(sheet, "x".repeat(401), "x"))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> service.reply(999, "x"))
        .isInstanceOf(org.essaim.node.application.NotFoundException.class);
    f.policy.blocked.add(VIERZON);
    assertThatThrownBy(() -> service.reply(sheet, "x")).isInstanceOf(ConflictException.class);
    assertThat(f.delivery.sent).isEmpty();
    assertThat(f.exchanges.all).isEmpty();
  }

  @Test
  void theAggregatorRelaysPublicSolutionsOnly() {
    service.mode = org.essaim.node.application.NodeMode.AGGREGATOR;
    long network = f.copyOf(THEIR_SOLUTION, RemoteObjectKind.SOLUTION, CopyAudience.NETWORK);
    assertThatThrownBy(() -> service.announce(network))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("PUBLIC");
    assertThat(f.delivery.sent).isEmpty();
    long open =
        f.copyOf(
            URI.create("https://vierzon.example/objects/solutions/8"),
            RemoteObjectKind.SOLUTION,
            CopyAudience.PUBLIC);
    service.announce(open);
    assertThat(f.delivery.last().type()).isEqualTo("Announce");
  }

  @Test
  void anAnnounceGoesToFollowersAndToPublicOnlyForAPublicSolution() {
    long network = f.copyOf(THEIR_SOLUTION, RemoteObjectKind.SOLUTION, CopyAudience.NETWORK);
    service.announce(network);
    ExchangeFixture.Recording.Sent announce = f.delivery.last();
    assertThat(announce.type()).isEqualTo("Announce");
    assertThat(announce.inboxes()).containsExactly(URI.create("https://b.example/inbox"));
    assertThat(announce.activity().getString("object")).isEqualTo(THEIR_SOLUTION.toString());
    assertThat(announce.activity().getString("to")).isEqualTo(US + "/followers");
    assertThat(announce.activity().toString())
        .doesNotContain("#Public")
        .doesNotContain("\"Public\"");
    long open =
        f.copyOf(
            URI.create("https://vierzon.example/objects/solutions/8"),
            RemoteObjectKind.SOLUTION,
            CopyAudience.PUBLIC);
    service.announce(open);
    assertThat(f.delivery.last().activity().toString()).contains("Public");
  }

  // --- answers to our Offers ---

  ExchangeView sentAmendment() {
    long copy = f.copyOf(THEIR_SHEET, RemoteObjectKind.METHOD_SHEET, CopyAudience.NETWORK);
    return service.proposeAmendment(copy, null, "## Conclure");
  }

  static InboundActivity answer(ActivityType type, URI actor, URI offer) {
    return inbound(
        actor, Activity.builder(type).id(activityId(actor)).actor(actor).object(offer).build());
  }

  @Test
  void anAcceptOfOurOfferMarksItAccepted() {
    ExchangeView sent = sentAmendment();
    InboundActivity accept = answer(ActivityType.ACCEPT, VIERZON, sent.activityId());
    assertThat(service.answersOurOffer(accept)).isTrue();
    assertThat(service.onAnswer(accept).status()).isEqualTo(Status.PROCESSED);
    assertThat(f.exchanges.find(sent.id()).orElseThrow().state()).isEqualTo(ExchangeState.ACCEPTED);
    // A later Reject does not undo it.
    assertThat(service.onAnswer(answer(ActivityType.REJECT, VIERZON, sent.activityId())).status())
        .isEqualTo(Status.IGNORED);
  }

  @Test
  void aRejectOfOurOfferMarksItRejected() {
    ExchangeView sent = sentAmendment();
    service.onAnswer(answer(ActivityType.REJECT, VIERZON, sent.activityId()));
    assertThat(f.exchanges.find(sent.id()).orElseThrow().state()).isEqualTo(ExchangeState.REJECTED);
  }

  @Test
  void onlyTheOffersTerritoryAnswersIt() {
    ExchangeView sent = sentAmendment();
    assertThat(service.onAnswer(answer(ActivityType.ACCEPT, STRANGER, sent.activityId())).status())
        .isEqualTo(Status.REJECTED);
    assertThat(f.exchanges.find(sent.id()).orElseThrow().state()).isEqualTo(ExchangeState.PENDING);
  }

  @Test
  void anAcceptOfSomethingElseIsNotAnAnswerToAnOffer() {
    sentAmendment();
    assertThat(
            service.answersOurOffer(
                answer(
                    ActivityType.ACCEPT,
                    VIERZON,
                    URI.create("https://lons.example/activities/some-follow"))))
        .isFalse();
    assertThat(
            service.answersOurOffer(
                answer(
                    ActivityType.ACCEPT,
                    VIERZON,
                    URI.create("https://vierzon.example/activities/x"))))
        .isFalse();
  }

  @Test
  void localIdsAreReadFromOurObjectAddressesOnly() {
    URI example = URI.create("https://lons.example/objects/method-sheets/0");
    assertThat(ExchangeService.localId(OUR_SHEET, example)).contains(3L);
    assertThat(ExchangeService.localId(OUR_SOLUTION, example)).isEmpty();
    assertThat(
            ExchangeService.localId(
                URI.create("https://lons.example/objects/method-sheets/3/x"), example))
        .isEmpty();
    assertThat(
            ExchangeService.localId(
                URI.create("https://lons.example/objects/method-sheets/"), example))
        .isEqualTo(Optional.empty());
  }
}
