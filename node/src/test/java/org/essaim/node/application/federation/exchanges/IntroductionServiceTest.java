// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.federation.exchanges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.essaim.node.application.federation.exchanges.ExchangeFixture.NOW;
import static org.essaim.node.application.federation.exchanges.ExchangeFixture.OUR_LOCAL_PROJECT;
import static org.essaim.node.application.federation.exchanges.ExchangeFixture.OUR_PROJECT;
import static org.essaim.node.application.federation.exchanges.ExchangeFixture.OUR_PUBLIC_PROJECT;
import static org.essaim.node.application.federation.exchanges.ExchangeFixture.STRANGER;
import static org.essaim.node.application.federation.exchanges.ExchangeFixture.THEIR_PROJECT;
import static org.essaim.node.application.federation.exchanges.ExchangeFixture.THEIR_SHEET;
import static org.essaim.node.application.federation.exchanges.ExchangeFixture.US;
import static org.essaim.node.application.federation.exchanges.ExchangeFixture.VIERZON;
import static org.essaim.node.application.federation.exchanges.ExchangeFixture.VIERZON_INBOX;
import static org.essaim.node.application.federation.exchanges.ExchangeFixture.activityId;
import static org.essaim.node.application.federation.exchanges.ExchangeFixture.inbound;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URI;
import java.util.List;
import org.essaim.federation.vocab.Activity;
import org.essaim.federation.vocab.ActivityType;
import org.essaim.federation.vocab.As;
import org.essaim.federation.vocab.AsObject;
import org.essaim.federation.vocab.Essaim;
import org.essaim.node.application.ConflictException;
import org.essaim.node.application.InvalidInputException;
import org.essaim.node.application.NotFoundException;
import org.essaim.node.application.PageRequest;
import org.essaim.node.application.federation.HandlingOutcome;
import org.essaim.node.application.federation.HandlingOutcome.Status;
import org.essaim.node.application.federation.InboundActivity;
import org.essaim.node.domain.model.introduction.Introduction;
import org.essaim.node.domain.model.introduction.IntroductionDirection;
import org.essaim.node.domain.model.introduction.IntroductionState;
import org.essaim.node.domain.model.remote.CopyAudience;
import org.essaim.node.domain.model.remote.RemoteObjectKind;
import org.essaim.node.domain.shared.IllegalTransitionException;
import org.junit.jupiter.api.Test;

/** Introductions over in-memory fakes: this node is lons.example, its peer vierzon.example. */
class IntroductionServiceTest {

  final ExchangeFixture f = new ExchangeFixture();
  final IntroductionService service = f.introductions;

  /** What Vierzon sends: its project 12 introduced to one of ours. */
  static InboundActivity offerFromVierzon(URI ours, String message) {
    Activity offer =
        new ExchangeActivities(VIERZON)
            .introduction(
                activityId(VIERZON),
                US,
                THEIR_PROJECT,
                ours,
                List.of("SAME_THEME"),
                List.of("food.access"),
                message,
                NOW);
    return inbound(VIERZON, offer);
  }

  static InboundActivity offer(URI signer, URI actor, AsObject link, URI target) {
    Activity.Builder offer =
        Activity.builder(ActivityType.OFFER).id(activityId(actor)).actor(actor).object(link);
    if (target != null) {
      offer.target(target);
    }
    return inbound(signer, offer.build());
  }

  static AsObject link(URI attributedTo, URI... projects) {
    AsObject.Builder link =
        AsObject.builder()
            .id(URI.create("https://vierzon.example/activities/x#link"))
            .type(Essaim.SIMILAR_PROJECT_LINK)
            .string(Essaim.STATUS, "SUGGESTED");
    for (URI project : projects) {
      link.reference(Essaim.LINKED_PROJECT, project);
    }
    if (attributedTo != null) {
      link.reference(As.ATTRIBUTED_TO, attributedTo);
    }
    return link.build();
  }

  InboundActivity answer(ActivityType type, URI actor, URI offer) {
    String name =
        type == ActivityType.ACCEPT ? "Accept" : type == ActivityType.UNDO ? "Undo" : "Reject";
    Activity activity =
        Activity.builder(type).id(activityId(actor)).actor(actor).object(offer).build();
    InboundActivity read = inbound(actor, activity);
    return new InboundActivity(
        read.id(), name, read.actor(), read.activity(), read.document(), read.receivedAt());
  }

  Introduction only() {
    assertThat(f.introductionRows.all).hasSize(1);
    return f.introductionRows.all.get(0);
  }

  // --- sent ---

  @Test
  void aProposalIsAnOfferOfASimilarProjectLinkToTheOtherTerritoryOnly() {
    f.copyOf(THEIR_PROJECT, RemoteObjectKind.PROJECT, CopyAudience.NETWORK);
    IntroductionView view =
        service.propose(
            3, THEIR_PROJECT, List.of(), List.of("food.access"), "  Rencontrez-vous.  ", "anna");

    assertThat(view.direction()).isEqualTo(IntroductionDirection.SENT);
    assertThat(view.state()).isEqualTo(IntroductionState.PROPOSED);
    assertThat(view.projectUri()).isEqualTo(OUR_PROJECT);
    assertThat(view.remoteProjectTitle()).contains("Nom");
    assertThat(view.peerName()).contains("Vierzon");
    assertThat(view.basis()).containsExactly("DECLARED");
    assertThat(view.message()).contains("Rencontrez-vous.");
    assertThat(view.proposedBy()).contains("anna");

    ExchangeFixture.Recording.Sent sent = f.delivery.last();
    assertThat(sent.inboxes()).containsExactly(VIERZON_INBOX);
    assertThat(sent.id()).isEqualTo(view.offerId());
    JsonObject offer = sent.activity();
    assertThat(offer.getString("type")).isEqualTo("Offer");
    assertThat(offer.getString("actor")).isEqualTo(US.toString());
    assertThat(offer.getString("to")).isEqualTo(VIERZON.toString());
    assertThat(offer.getString("target")).isEqualTo(THEIR_PROJECT.toString());
    JsonObject link = offer.getJsonObject("object");
    assertThat(link.getString("type")).isEqualTo("SimilarProjectLink");
    assertThat(
            link.getJsonArray("linkedProject").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString))
        .containsExactlyInAnyOrder(OUR_PROJECT.toString(), THEIR_PROJECT.toString());
    assertThat(link.getString("status")).isEqualTo("SUGGESTED");
    assertThat(link.getString("attributedTo")).isEqualTo(US.toString());
    assertThat(link.getString("summary")).isEqualTo("Rencontrez-vous.");
    // No person on the wire.
    assertThat(offer.toString()).doesNotContain("anna");
  }

  @Test
  void proposalsAreRefusedWithAClearReason() {
    f.copyOf(THEIR_PROJECT, RemoteObjectKind.PROJECT, CopyAudience.NETWORK);
    f.copyOf(THEIR_SHEET, RemoteObjectKind.METHOD_SHEET, CopyAudience.NETWORK);
    assertThatThrownBy(() -> service.propose(99, THEIR_PROJECT, null, null, null, "anna"))
        .isInstanceOf(NotFoundException.class);
    // A project the other territory could not read.
    assertThatThrownBy(() -> service.propose(4, THEIR_PROJECT, null, null, null, "anna"))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("NODE_PUBLIC");
    assertThatThrownBy(
            () ->
                service.propose(
                    3,
                    URI.create("https://vierzon.example/objects/projects/404"),
                    null,
                    null,
                    null,
                    "anna"))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.errors().toString()).contains("target"));
    assertThatThrownBy(() -> service.propose(3, THEIR_SHEET, null, null, null, "anna"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errors().toString()).contains("METHOD_SHEET"));
    assertThatThrownBy(
            () -> service.propose(3, THEIR_PROJECT, null, null, "x".repeat(1001), "anna"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errors().toString()).contains("message"));
    assertThatThrownBy(
            () -> service.propose(3, THEIR_PROJECT, List.of("BECAUSE"), null, null, "anna"))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.errors().toString()).contains("basis"));
    f.policy.blocked.add(VIERZON);
    assertThatThrownBy(() -> service.propose(3, THEIR_PROJECT, null, null, null, "anna"))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("blocked");
    assertThat(f.introductionRows.all).isEmpty();
    assertThat(f.delivery.sent).isEmpty();
  }

  @Test
  void aPairIsProposedOnceWhileLive() {
    f.copyOf(THEIR_PROJECT, RemoteObjectKind.PROJECT, CopyAudience.NETWORK);
    service.propose(3, THEIR_PROJECT, null, null, null, "anna");
    assertThatThrownBy(() -> service.propose(3, THEIR_PROJECT, null, null, null, "anna"))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("already");
    // Once refused, it may be proposed again.
    Introduction first = only();
    service.onAnswer(answer(ActivityType.REJECT, VIERZON, first.offerId()));
    assertThat(first.state()).isEqualTo(IntroductionState.REJECTED);
    service.propose(3, THEIR_PROJECT, null, null, null, "anna");
    assertThat(f.introductionRows.all).hasSize(2);
  }

  @Test
  void theAnswerOfTheOtherTerritoryMovesTheProposalThroughTheExchangesRouting() {
    f.copyOf(THEIR_PROJECT, RemoteObjectKind.PROJECT, CopyAudience.NETWORK);
    IntroductionView view = service.propose(3, THEIR_PROJECT, null, null, null, "anna");
    InboundActivity accept = answer(ActivityType.ACCEPT, VIERZON, view.offerId());
    // FollowActivityHandler asks the exchanges, which hand introductions over.
    assertThat(f.service.answersOurOffer(accept)).isTrue();
    // Someone else's Accept of our Offer is refused.
    assertThat(f.service.onAnswer(answer(ActivityType.ACCEPT, STRANGER, view.offerId())).status())
        .isEqualTo(Status.REJECTED);
    assertThat(only().state()).isEqualTo(IntroductionState.PROPOSED);
    assertThat(f.service.onAnswer(accept).status()).isEqualTo(Status.PROCESSED);
    assertThat(only().state()).isEqualTo(IntroductionState.ACCEPTED);
    // A late Reject does not undo it.
    assertThat(f.service.onAnswer(answer(ActivityType.REJECT, VIERZON, view.offerId())).status())
        .isEqualTo(Status.IGNORED);
    assertThat(only().state()).isEqualTo(IntroductionState.ACCEPTED);
  }

  // --- received ---

  @Test
  void aProposalAboutOneOfOurSharedProjectsAwaitsTheAdministrators() {
    f.copyOf(THEIR_PROJECT, RemoteObjectKind.PROJECT, CopyAudience.NETWORK);
    InboundActivity offer = offerFromVierzon(OUR_PROJECT, "Deux épiceries.");
    HandlingOutcome outcome = f.service.onOffer(offer);
    assertThat(outcome.status()).as(outcome.reason()).isEqualTo(Status.PROCESSED);
    Introduction received = only();
    assertThat(received.direction()).isEqualTo(IntroductionDirection.RECEIVED);
    assertThat(received.state()).isEqualTo(IntroductionState.PROPOSED);
    assertThat(received.projectId()).isEqualTo(3);
    assertThat(received.remoteProjectUri()).isEqualTo(THEIR_PROJECT);
    assertThat(received.remoteProjectTitle()).contains("Nom");
    assertThat(received.basis()).containsExactly("SAME_THEME");
    assertThat(received.sharedThemes()).containsExactly("food.access");
    assertThat(received.message()).contains("Deux épiceries.");
    assertThat(received.peerName()).contains("Vierzon");
    assertThat(f.delivery.sent).isEmpty();

    // The same Offer again, or another Offer for the same pair: idempotent.
    assertThat(f.service.onOffer(offer).status()).isEqualTo(Status.IGNORED);
    assertThat(f.service.onOffer(offerFromVierzon(OUR_PROJECT, null)).status())
        .isEqualTo(Status.IGNORED);
    assertThat(f.introductionRows.all).hasSize(1);
    // Not an amendment or a replication: the exchanges' table is untouched.
    assertThat(f.exchanges.all).isEmpty();
  }

  @Test
  void withoutACopyTheProposerMustStillBeOnItsProjectsOrigin() {
    HandlingOutcome outcome = f.service.onOffer(offerFromVierzon(OUR_PROJECT, null));
    assertThat(outcome.status()).isEqualTo(Status.PROCESSED);
    assertThat(only().remoteProjectTitle()).isEmpty();
  }

  @Test
  void aProposalAboutAProjectThatIsNotOursIsRefusedAndAnsweredWithAReject() {
    InboundActivity unknown =
        offerFromVierzon(URI.create("https://lons.example/objects/projects/99"), null);
    HandlingOutcome outcome = f.service.onOffer(unknown);
    assertThat(outcome.status()).isEqualTo(Status.REJECTED);
    assertThat(outcome.reason()).contains("no project this territory shares");
    assertThat(f.delivery.last().type()).isEqualTo("Reject");
    assertThat(f.delivery.last().activity().getString("object")).isEqualTo(unknown.id().toString());
    assertThat(f.delivery.last().inboxes()).containsExactly(VIERZON_INBOX);
    // One of ours that peers cannot read is no better.
    assertThat(f.service.onOffer(offerFromVierzon(OUR_LOCAL_PROJECT, null)).status())
        .isEqualTo(Status.REJECTED);
    assertThat(f.introductionRows.all).isEmpty();
  }

  @Test
  void aTerritoryIntroducesItsOwnProjectsOnly() {
    // The other project is on another origin than the proposer's.
    URI elsewhere = URI.create("https://stranger.example/objects/projects/1");
    HandlingOutcome foreign =
        f.service.onOffer(
            offer(VIERZON, VIERZON, link(VIERZON, OUR_PROJECT, elsewhere), OUR_PROJECT));
    assertThat(foreign.status()).isEqualTo(Status.REJECTED);
    assertThat(foreign.reason()).contains("its own projects only");
    assertThat(f.delivery.last().type()).isEqualTo("Reject");
    // What this node holds at that address is no project.
    f.copyOf(THEIR_PROJECT, RemoteObjectKind.METHOD_SHEET, CopyAudience.NETWORK);
    assertThat(f.service.onOffer(offerFromVierzon(OUR_PROJECT, null)).status())
        .isEqualTo(Status.REJECTED);
    assertThat(f.introductionRows.all).isEmpty();
  }

  @Test
  void malformedOrSpoofedOffersAreRejectedWithoutAnswer() {
    // The link is attributed to another actor.
    assertThat(
            f.service
                .onOffer(
                    offer(
                        VIERZON, VIERZON, link(STRANGER, OUR_PROJECT, THEIR_PROJECT), OUR_PROJECT))
                .status())
        .isEqualTo(Status.REJECTED);
    // The target is not one of the linked projects.
    assertThat(
            f.service
                .onOffer(
                    offer(
                        VIERZON,
                        VIERZON,
                        link(VIERZON, OUR_PROJECT, THEIR_PROJECT),
                        OUR_PUBLIC_PROJECT))
                .status())
        .isEqualTo(Status.REJECTED);
    // No target at all.
    assertThat(
            f.service
                .onOffer(offer(VIERZON, VIERZON, link(VIERZON, OUR_PROJECT, THEIR_PROJECT), null))
                .status())
        .isEqualTo(Status.REJECTED);
    // One project only: not a link.
    HandlingOutcome single =
        f.service.onOffer(offer(VIERZON, VIERZON, link(VIERZON, OUR_PROJECT), OUR_PROJECT));
    assertThat(single.status()).isEqualTo(Status.REJECTED);
    assertThat(single.reason()).contains("SimilarProjectLink");
    // Signed by Vierzon, in the name of another actor.
    assertThat(
            f.service
                .onOffer(
                    offer(
                        VIERZON, STRANGER, link(STRANGER, OUR_PROJECT, THEIR_PROJECT), OUR_PROJECT))
                .status())
        .isEqualTo(Status.REJECTED);
    // A message too long.
    assertThat(f.service.onOffer(offerFromVierzon(OUR_PROJECT, "x".repeat(1001))).status())
        .isEqualTo(Status.REJECTED);
    // A blocked territory.
    f.policy.blocked.add(VIERZON);
    assertThat(f.service.onOffer(offerFromVierzon(OUR_PROJECT, null)).status())
        .isEqualTo(Status.IGNORED);
    assertThat(f.introductionRows.all).isEmpty();
    assertThat(f.delivery.sent).isEmpty();
  }

  @Test
  void theAdministratorsAnswerAReceivedProposalOnce() {
    f.service.onOffer(offerFromVierzon(OUR_PROJECT, null));
    Introduction received = only();
    IntroductionView accepted = service.accept(received.id(), "admin");
    assertThat(accepted.state()).isEqualTo(IntroductionState.ACCEPTED);
    assertThat(accepted.decidedBy()).contains("admin");
    assertThat(f.delivery.last().type()).isEqualTo("Accept");
    assertThat(f.delivery.last().activity().getString("object"))
        .isEqualTo(received.offerId().toString());
    assertThatThrownBy(() -> service.reject(received.id(), "admin"))
        .isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> service.accept(received.id(), "admin"))
        .isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> service.accept(42, "admin")).isInstanceOf(NotFoundException.class);
  }

  @Test
  void onlyTheReceivingTerritoryAnswersAndOnlyItsProposerWithdrawsAProposal() {
    f.copyOf(THEIR_PROJECT, RemoteObjectKind.PROJECT, CopyAudience.NETWORK);
    long sent = service.propose(3, THEIR_PROJECT, null, null, null, "anna").id();
    assertThatThrownBy(() -> service.accept(sent, "admin")).isInstanceOf(ConflictException.class);
    f.service.onOffer(offerFromVierzon(OUR_PUBLIC_PROJECT, null));
    long received = f.introductionRows.all.get(1).id();
    assertThatThrownBy(() -> service.withdraw(received, "admin"))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("reject");
    IntroductionView rejected = service.reject(received, "admin");
    assertThat(rejected.state()).isEqualTo(IntroductionState.REJECTED);
    assertThat(f.delivery.last().type()).isEqualTo("Reject");
    assertThatThrownBy(() -> service.withdraw(received, "admin"))
        .isInstanceOf(IllegalTransitionException.class);
    // Our own unanswered proposal can be withdrawn.
    assertThat(service.withdraw(sent, "anna").state()).isEqualTo(IntroductionState.WITHDRAWN);
    assertThat(f.delivery.last().type()).isEqualTo("Undo");
  }

  @Test
  void eitherSideWithdrawsAnAcceptedLink() {
    f.copyOf(THEIR_PROJECT, RemoteObjectKind.PROJECT, CopyAudience.PUBLIC);
    f.service.onOffer(offerFromVierzon(OUR_PROJECT, null));
    Introduction link = only();
    service.accept(link.id(), "admin");
    assertThat(service.links(3, true, true)).hasSize(1);

    // Vierzon withdraws it: Undo{<Offer>}.
    InboundActivity undo = answer(ActivityType.UNDO, VIERZON, link.offerId());
    assertThat(f.service.withdrawsAnIntroduction(undo)).isTrue();
    assertThat(f.service.onWithdrawal(answer(ActivityType.UNDO, STRANGER, link.offerId())).status())
        .isEqualTo(Status.REJECTED);
    assertThat(f.service.onWithdrawal(undo).status()).isEqualTo(Status.PROCESSED);
    assertThat(link.state()).isEqualTo(IntroductionState.WITHDRAWN);
    assertThat(service.links(3, true, true)).isEmpty();
    assertThat(f.service.onWithdrawal(undo).status()).isEqualTo(Status.PROCESSED);

    // We withdraw another one: Undo{<Offer>} to Vierzon.
    f.service.onOffer(offerFromVierzon(OUR_PUBLIC_PROJECT, null));
    Introduction other = f.introductionRows.all.get(1);
    service.accept(other.id(), "admin");
    IntroductionView withdrawn = service.withdraw(other.id(), "admin");
    assertThat(withdrawn.state()).isEqualTo(IntroductionState.WITHDRAWN);
    JsonObject sent = f.delivery.last().activity();
    assertThat(sent.getString("type")).isEqualTo("Undo");
    assertThat(sent.getString("object")).isEqualTo(other.offerId().toString());
    assertThat(f.delivery.last().inboxes()).containsExactly(VIERZON_INBOX);
  }

  // --- links ---

  @Test
  void linksArePublicOnlyBetweenTwoPublicProjects() {
    long copy = f.copyOf(THEIR_PROJECT, RemoteObjectKind.PROJECT, CopyAudience.PUBLIC);
    f.service.onOffer(offerFromVierzon(OUR_PUBLIC_PROJECT, null));
    f.service.onOffer(offerFromVierzon(OUR_PROJECT, null));
    service.accept(f.introductionRows.all.get(0).id(), "admin");
    service.accept(f.introductionRows.all.get(1).id(), "admin");

    List<ProjectLinkView> links = service.links(5, false, false);
    assertThat(links).hasSize(1);
    ProjectLinkView link = links.get(0);
    assertThat(link.project()).isEqualTo(THEIR_PROJECT);
    assertThat(link.title()).contains("Nom");
    assertThat(link.territory()).isEqualTo(VIERZON);
    assertThat(link.territoryName()).isEqualTo("Vierzon");
    assertThat(link.direction()).isEqualTo(IntroductionDirection.RECEIVED);
    // Project 3 is NETWORK: the public does not even see the project.
    assertThatThrownBy(() -> service.links(3, false, false)).isInstanceOf(NotFoundException.class);
    assertThat(service.links(3, true, true)).hasSize(1);

    // The other project's copy only NETWORK: its link is for signed-in accounts.
    f.copies.byId.clear();
    f.copyOf(THEIR_PROJECT, RemoteObjectKind.PROJECT, CopyAudience.NETWORK);
    assertThat(service.links(5, false, false)).isEmpty();
    assertThat(service.links(5, false, true)).hasSize(1);
    // Deleted by its territory: not listed at all.
    f.copies.byId.values().forEach(c -> c.delete(NOW));
    assertThat(service.links(5, true, true)).isEmpty();
    assertThat(copy).isPositive();
  }

  @Test
  void theListShowsBothDirections() {
    f.copyOf(THEIR_PROJECT, RemoteObjectKind.PROJECT, CopyAudience.NETWORK);
    service.propose(3, THEIR_PROJECT, null, null, null, "anna");
    f.service.onOffer(offerFromVierzon(OUR_PUBLIC_PROJECT, null));
    assertThat(service.list(null, null, PageRequest.parse(null, null)).totalItems()).isEqualTo(2);
    assertThat(
            service
                .list(IntroductionDirection.RECEIVED, null, PageRequest.parse(null, null))
                .items())
        .singleElement()
        .extracting(IntroductionView::projectId)
        .isEqualTo(5L);
  }
}
