// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.federation.exchanges;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import org.essaim.federation.inbox.OriginChecks;
import org.essaim.federation.vocab.Activity;
import org.essaim.federation.vocab.AsObject;
import org.essaim.federation.vocab.Essaim;
import org.essaim.federation.vocab.VocabularyException;
import org.essaim.federation.vocab.essaim.SimilarProjectLink;
import org.essaim.node.application.ConflictException;
import org.essaim.node.application.FieldError;
import org.essaim.node.application.InvalidInputException;
import org.essaim.node.application.NodeAddress;
import org.essaim.node.application.NotFoundException;
import org.essaim.node.application.Page;
import org.essaim.node.application.PageRequest;
import org.essaim.node.application.federation.DeliveryQueue;
import org.essaim.node.application.federation.HandlingOutcome;
import org.essaim.node.application.federation.InboundActivity;
import org.essaim.node.application.federation.PeerPolicy;
import org.essaim.node.application.federation.follow.RemoteActorSource;
import org.essaim.node.domain.model.introduction.Introduction;
import org.essaim.node.domain.model.introduction.IntroductionDirection;
import org.essaim.node.domain.model.introduction.IntroductionRepository;
import org.essaim.node.domain.model.introduction.IntroductionState;
import org.essaim.node.domain.model.peer.Peer;
import org.essaim.node.domain.model.peer.PeerRepository;
import org.essaim.node.domain.model.project.ProjectRepository;
import org.essaim.node.domain.model.remote.CopyAudience;
import org.essaim.node.domain.model.remote.RemoteObject;
import org.essaim.node.domain.model.remote.RemoteObjectKind;
import org.essaim.node.domain.model.remote.RemoteObjectRepository;
import org.essaim.node.domain.shared.DomainRuleViolation;
import org.essaim.node.domain.shared.Visibility;
import org.essaim.node.interfaces.federation.FederationUrls;

/**
 * Introductions between projects of two territories ({@code Offer{SimilarProjectLink}}).
 *
 * <ul>
 *   <li>Sent: an editor or administrator introduces one of this territory's shared projects to a
 *       peer's project this node holds a copy of; the Offer goes to that project's territory only.
 *   <li>Received: from an admitted peer, about one of this territory's shared projects and one of
 *       the peer's own; listed for the administrators, who accept (a link on both nodes) or reject
 *       it. A proposal about a project that is not ours, or of a project that is not the
 *       proposer's, is refused in the inbound journal and answered with a Reject.
 *   <li>Answers and withdrawals ({@code Accept}/{@code Reject}/{@code Undo} naming the Offer) move
 *       the row of the same Offer on the other node.
 * </ul>
 */
@ApplicationScoped
public class IntroductionService {

  private static final Logger LOG = Logger.getLogger(IntroductionService.class.getName());

  @Inject IntroductionRepository introductions;
  @Inject ProjectRepository projects;
  @Inject RemoteObjectRepository copies;
  @Inject PeerPolicy peerPolicy;
  @Inject PeerRepository peers;
  @Inject RemoteActorSource remoteActors;
  @Inject DeliveryQueue delivery;
  @Inject NodeAddress node;
  @Inject Clock clock;

  /** One of this territory's projects, as introductions need it. */
  record OwnProject(long id, URI uri, String title, Visibility visibility) {

    /** Whether peers may read it, hence be introduced to it. */
    boolean shared() {
      return visibility.federates();
    }
  }

  private FederationUrls urls() {
    return FederationUrls.of(node.baseUrl());
  }

  private ExchangeActivities activities() {
    return new ExchangeActivities(urls().territoryActor());
  }

  Optional<OwnProject> ownProject(long id) {
    return projects
        .find(id)
        .map(
            p ->
                new OwnProject(
                    p.id(), urls().project(p.id()), p.description().title(), p.visibility()));
  }

  private Optional<OwnProject> ownProject(URI uri) {
    return ExchangeService.localId(uri, urls().project(0)).flatMap(this::ownProject);
  }

  // --- sent ---

  /**
   * This territory introduces its project {@code projectId} to a peer's project.
   *
   * @param target the peer's project, by its ActivityPub id (a copy this node holds)
   * @param basis why (link basis codes); none means DECLARED
   * @param sharedThemes theme keys the two projects share (checked against the taxonomy by the
   *     caller)
   * @throws NotFoundException for an unknown project of ours
   * @throws InvalidInputException for a target that is no known peer project, a bad basis, a long
   *     message
   * @throws ConflictException for a project peers cannot read, a blocked territory, or a pair
   *     already proposed or linked
   */
  @Transactional
  public IntroductionView propose(
      long projectId,
      URI target,
      List<String> basis,
      List<String> sharedThemes,
      String message,
      String username) {
    String text = ExchangeService.optionalText("message", message, Introduction.MAX_MESSAGE);
    List<String> reasons = basis == null || basis.isEmpty() ? List.of("DECLARED") : basis;
    List<String> themes = sharedThemes == null ? List.of() : sharedThemes;
    OwnProject ours =
        ownProject(projectId).orElseThrow(() -> new NotFoundException("No project " + projectId));
    if (!ours.shared()) {
      throw new ConflictException(
          "project "
              + projectId
              + " is "
              + ours.visibility()
              + ": only a NETWORK or PUBLIC project can be introduced to another territory,"
              + " which must be able to read it");
    }
    if (target == null) {
      throw invalid("target", "must not be blank");
    }
    RemoteObject copy =
        copies
            .findByObjectId(target)
            .filter(c -> !c.isDeleted())
            .orElseThrow(
                () ->
                    invalid(
                        "target",
                        "<" + target + "> is no project of another territory this node knows"));
    if (copy.kind() != RemoteObjectKind.PROJECT) {
      throw invalid("target", "<" + target + "> is a " + copy.kind() + ", not a project");
    }
    URI origin = copy.originActor();
    if (!peerPolicy.admits(origin)) {
      throw new ConflictException(
          "the territory of <" + target + "> is blocked or not on the allow-list");
    }
    introductions
        .findLive(projectId, target)
        .ifPresent(
            existing -> {
              throw new ConflictException(
                  "project "
                      + projectId
                      + " and <"
                      + target
                      + "> already have an introduction, "
                      + existing.state()
                      + " (introduction "
                      + existing.id()
                      + ")");
            });
    URI id = newActivityId();
    Instant now = clock.instant();
    Introduction introduction;
    Activity offer;
    try {
      introduction =
          new Introduction(
              IntroductionDirection.SENT,
              id,
              origin,
              copy.originName().orElseGet(() -> peerName(origin)),
              projectId,
              ours.uri(),
              target,
              copy.name().orElse(null),
              reasons,
              themes,
              text,
              username,
              now);
      offer = activities().introduction(id, origin, ours.uri(), target, reasons, themes, text, now);
    } catch (DomainRuleViolation e) {
      throw invalid(e.field(), e.getMessage());
    } catch (VocabularyException e) {
      throw invalid("sharedThemes", e.getMessage());
    }
    introductions.add(introduction);
    URI inbox = inboxOf(origin);
    delivery.enqueue(id, ExchangeActivities.bytes(offer), Set.of(inbox));
    LOG.fine(() -> "Queued introduction " + id + " to " + inbox);
    return IntroductionView.of(introduction);
  }

  // --- received ---

  /** Whether an Offer proposes an introduction (embeds a SimilarProjectLink). */
  static boolean isIntroduction(Activity offer) {
    return offer.embeddedObject().filter(o -> o.hasType(Essaim.SIMILAR_PROJECT_LINK)).isPresent();
  }

  /** A peer's {@code Offer{SimilarProjectLink}}. */
  @Transactional
  public HandlingOutcome onOffer(InboundActivity inbound) {
    URI actor = inbound.actor();
    Activity offer = inbound.activity();
    if (!offer.actor().equals(actor)) {
      return HandlingOutcome.rejected("the activity's actor did not sign it");
    }
    if (!peerPolicy.admits(actor)) {
      return HandlingOutcome.ignored("not admitted: <" + actor + ">");
    }
    if (introductions.findByOffer(IntroductionDirection.RECEIVED, inbound.id()).isPresent()) {
      return HandlingOutcome.ignored("already received: <" + inbound.id() + ">");
    }
    AsObject object = offer.embeddedObject().orElseThrow();
    SimilarProjectLink link;
    try {
      link = SimilarProjectLink.from(object);
    } catch (VocabularyException | IllegalArgumentException e) {
      return HandlingOutcome.rejected(
          "an introduction embeds a SimilarProjectLink: " + e.getMessage());
    }
    Optional<String> misattributed = ExchangeService.misattributed(object, actor);
    if (misattributed.isPresent()) {
      return HandlingOutcome.rejected(misattributed.get());
    }
    Optional<URI> target = offer.target();
    if (target.isEmpty() || !link.projects().contains(target.get())) {
      return HandlingOutcome.rejected(
          "an introduction's target is one of the two projects of its SimilarProjectLink");
    }
    URI theirs = link.projects().get(link.projects().get(0).equals(target.get()) ? 1 : 0);
    if (!OriginChecks.sameOrigin(theirs, actor)) {
      return refused(
          inbound,
          "a territory introduces its own projects only: <"
              + theirs
              + "> is not on the origin of <"
              + actor
              + ">");
    }
    Optional<RemoteObject> copy = copies.findByObjectId(theirs);
    if (copy.isPresent()
        && (!copy.get().originActor().equals(actor)
            || copy.get().kind() != RemoteObjectKind.PROJECT
            || copy.get().isDeleted())) {
      return refused(
          inbound,
          "<"
              + theirs
              + "> is no live project of <"
              + actor
              + "> (this node's copy says otherwise)");
    }
    Optional<OwnProject> ours = ownProject(target.get()).filter(OwnProject::shared);
    if (ours.isEmpty()) {
      return refused(inbound, "<" + target.get() + "> is no project this territory shares");
    }
    String message =
        link.summary() == null
            ? null
            : Optional.ofNullable(link.summary().fr()).orElse(link.summary().en());
    if (message != null && message.length() > Introduction.MAX_MESSAGE) {
      return HandlingOutcome.rejected(
          "an introduction's message has at most " + Introduction.MAX_MESSAGE + " characters");
    }
    Optional<Introduction> live = introductions.findLive(ours.get().id(), theirs);
    if (live.isPresent()) {
      return HandlingOutcome.ignored(
          "<"
              + theirs
              + "> and project "
              + ours.get().id()
              + " already have an introduction, "
              + live.get().state());
    }
    Introduction introduction;
    try {
      introduction =
          new Introduction(
              IntroductionDirection.RECEIVED,
              inbound.id(),
              actor,
              peerName(actor),
              ours.get().id(),
              ours.get().uri(),
              theirs,
              copy.flatMap(RemoteObject::name).orElse(null),
              link.basis(),
              link.sharedThemes(),
              message == null ? null : message.strip(),
              null,
              clock.instant());
    } catch (DomainRuleViolation e) {
      return HandlingOutcome.rejected("an introduction's " + e.field() + ": " + e.getMessage());
    }
    introductions.add(introduction);
    return HandlingOutcome.processed(
        "introduction of <"
            + theirs
            + "> to project "
            + ours.get().id()
            + " awaits the administrators");
  }

  /** Refuses a readable, signed proposal: the proposer is told with a Reject of its Offer. */
  private HandlingOutcome refused(InboundActivity inbound, String reason) {
    send(false, inbound.actor(), inbound.id());
    return HandlingOutcome.rejected(reason + "; a Reject was sent");
  }

  /** An Accept or Reject whose object is an introduction Offer this territory sent. */
  boolean answersOurOffer(InboundActivity inbound) {
    return sentOffer(inbound).isPresent();
  }

  private Optional<Introduction> sentOffer(InboundActivity inbound) {
    return objectId(inbound.activity())
        .filter(this::isOwn)
        .flatMap(id -> introductions.findByOffer(IntroductionDirection.SENT, id));
  }

  @Transactional
  public HandlingOutcome onAnswer(InboundActivity inbound) {
    Optional<Introduction> match = sentOffer(inbound);
    if (match.isEmpty()) {
      return HandlingOutcome.ignored("answer to no introduction of this territory");
    }
    Introduction introduction = match.get();
    if (!introduction.peerActor().equals(inbound.actor())
        || !inbound.activity().actor().equals(inbound.actor())) {
      return HandlingOutcome.rejected(
          "only <"
              + introduction.peerActor()
              + "> answers the introduction <"
              + introduction.offerId()
              + ">");
    }
    boolean accepted = "Accept".equals(inbound.type());
    IntroductionState wanted = accepted ? IntroductionState.ACCEPTED : IntroductionState.REJECTED;
    if (introduction.state() == wanted) {
      return HandlingOutcome.processed("the introduction was already " + wanted);
    }
    if (introduction.state() != IntroductionState.PROPOSED) {
      return HandlingOutcome.ignored("the introduction was already " + introduction.state());
    }
    if (accepted) {
      introduction.accept(null, clock.instant());
    } else {
      introduction.reject(null, clock.instant());
    }
    return HandlingOutcome.processed(
        "our introduction <" + introduction.offerId() + "> was " + wanted);
  }

  /** An Undo whose object is the Offer of one of this territory's introductions, either way. */
  boolean withdrawsOne(InboundActivity inbound) {
    return undone(inbound).isPresent();
  }

  private Optional<Introduction> undone(InboundActivity inbound) {
    Optional<URI> offer = objectId(inbound.activity());
    if (offer.isEmpty()) {
      return Optional.empty();
    }
    return introductions
        .findByOffer(IntroductionDirection.SENT, offer.get())
        .or(() -> introductions.findByOffer(IntroductionDirection.RECEIVED, offer.get()));
  }

  /** The peer withdraws a link (either side), or the proposal it made. */
  @Transactional
  public HandlingOutcome onWithdrawal(InboundActivity inbound) {
    Optional<Introduction> match = undone(inbound);
    if (match.isEmpty()) {
      return HandlingOutcome.ignored("withdrawal of no introduction of this territory");
    }
    Introduction introduction = match.get();
    if (!introduction.peerActor().equals(inbound.actor())
        || !inbound.activity().actor().equals(inbound.actor())) {
      return HandlingOutcome.rejected(
          "only <"
              + introduction.peerActor()
              + "> withdraws the introduction <"
              + introduction.offerId()
              + ">");
    }
    IntroductionState state = introduction.state();
    if (state == IntroductionState.WITHDRAWN) {
      return HandlingOutcome.processed("the introduction was already WITHDRAWN");
    }
    boolean theirProposal =
        state == IntroductionState.PROPOSED
            && introduction.direction() == IntroductionDirection.RECEIVED;
    if (state != IntroductionState.ACCEPTED && !theirProposal) {
      return HandlingOutcome.ignored("the introduction is " + state + ": nothing to withdraw");
    }
    introduction.withdraw(null, clock.instant());
    return HandlingOutcome.processed("introduction <" + introduction.offerId() + "> withdrawn");
  }

  // --- the administrators' decisions ---

  /**
   * Introductions sent and received, newest first.
   *
   * @param direction null for both
   * @param state null for all
   */
  @Transactional
  public Page<IntroductionView> list(
      IntroductionDirection direction, IntroductionState state, PageRequest request) {
    return new Page<>(
        introductions
            .list(
                direction,
                state,
                (int) Math.min(Integer.MAX_VALUE, request.offset()),
                request.size())
            .stream()
            .map(IntroductionView::of)
            .toList(),
        request.page(),
        request.size(),
        introductions.count(direction, state));
  }

  @Transactional
  public IntroductionView get(long id) {
    return IntroductionView.of(find(id));
  }

  /**
   * Accepts a received proposal: the link shows on both nodes; an Accept goes to the proposer.
   *
   * @throws ConflictException for a proposal this territory sent, or whose project is gone
   * @throws org.essaim.node.domain.shared.IllegalTransitionException unless PROPOSED
   */
  @Transactional
  public IntroductionView accept(long id, String username) {
    Introduction introduction = received(id);
    if (introduction.state() == IntroductionState.PROPOSED
        && ownProject(introduction.projectId()).filter(OwnProject::shared).isEmpty()) {
      throw new ConflictException(
          "project "
              + introduction.projectId()
              + " is no longer shared with the network; reject the introduction instead");
    }
    introduction.accept(username, clock.instant());
    send(true, introduction.peerActor(), introduction.offerId());
    return IntroductionView.of(introduction);
  }

  /**
   * Refuses a received proposal; a Reject goes to the proposer.
   *
   * @throws ConflictException for a proposal this territory sent
   * @throws org.essaim.node.domain.shared.IllegalTransitionException unless PROPOSED
   */
  @Transactional
  public IntroductionView reject(long id, String username) {
    Introduction introduction = received(id);
    introduction.reject(username, clock.instant());
    send(false, introduction.peerActor(), introduction.offerId());
    return IntroductionView.of(introduction);
  }

  /**
   * Withdraws an accepted link (either side) or this territory's unanswered proposal; an {@code
   * Undo{<Offer>}} goes to the peer.
   *
   * @throws ConflictException for a received proposal (reject it instead)
   * @throws org.essaim.node.domain.shared.IllegalTransitionException when REJECTED or WITHDRAWN
   */
  @Transactional
  public IntroductionView withdraw(long id, String username) {
    Introduction introduction = find(id);
    if (introduction.state() == IntroductionState.PROPOSED
        && introduction.direction() == IntroductionDirection.RECEIVED) {
      throw new ConflictException(
          "introduction " + id + " was proposed by the other territory: reject it instead");
    }
    Instant now = clock.instant();
    introduction.withdraw(username, now);
    URI activity = newActivityId();
    Activity undo =
        activities().withdrawal(activity, introduction.peerActor(), introduction.offerId(), now);
    delivery.enqueue(
        activity, ExchangeActivities.bytes(undo), Set.of(inboxOf(introduction.peerActor())));
    return IntroductionView.of(introduction);
  }

  private Introduction find(long id) {
    return introductions.find(id).orElseThrow(() -> new NotFoundException("No introduction " + id));
  }

  private Introduction received(long id) {
    Introduction introduction = find(id);
    if (introduction.direction() != IntroductionDirection.RECEIVED) {
      throw new ConflictException(
          "introduction " + id + " was sent by this territory: the other territory answers it");
    }
    return introduction;
  }

  // --- links ---

  /**
   * The accepted links of one of this territory's projects, oldest first. The team sees every
   * project's links; others only those of a project the public reads, and anonymous callers only
   * links between two PUBLIC projects. A link whose peer project was deleted is not listed.
   *
   * @param team an editor or administrator
   * @param signedIn any account
   * @throws NotFoundException for an unknown project, or one the caller may not read
   */
  @Transactional
  public List<ProjectLinkView> links(long projectId, boolean team, boolean signedIn) {
    OwnProject project =
        ownProject(projectId)
            .filter(p -> team || p.visibility().readableByPublic())
            .orElseThrow(() -> new NotFoundException("No project " + projectId));
    List<ProjectLinkView> links = new ArrayList<>();
    for (Introduction link : introductions.links(projectId)) {
      Optional<RemoteObject> copy = copies.findByObjectId(link.remoteProjectUri());
      if (copy.isPresent() && copy.get().isDeleted()) {
        continue;
      }
      boolean bothPublic =
          project.visibility() == Visibility.PUBLIC
              && copy.map(c -> c.audience() == CopyAudience.PUBLIC).orElse(false);
      if (!signedIn && !bothPublic) {
        continue;
      }
      links.add(
          new ProjectLinkView(
              link.id(),
              link.remoteProjectUri(),
              copy.flatMap(RemoteObject::name).or(link::remoteProjectTitle),
              link.peerActor(),
              copy.flatMap(RemoteObject::originName)
                  .or(link::peerName)
                  .orElse(RemoteObject.host(link.peerActor())),
              copy.flatMap(RemoteObject::url),
              link.basis(),
              link.sharedThemes(),
              link.direction(),
              link.decidedAt().orElse(link.createdAt())));
    }
    return links;
  }

  // --- helpers ---

  private void send(boolean accepted, URI peer, URI offer) {
    URI id = newActivityId();
    Activity answer = activities().answer(accepted, id, peer, offer, clock.instant());
    delivery.enqueue(id, ExchangeActivities.bytes(answer), Set.of(inboxOf(peer)));
  }

  /** The Offer an answer or Undo names: by id, or embedded. */
  private static Optional<URI> objectId(Activity activity) {
    return activity.embeddedObject().isPresent()
        ? activity.embeddedObject().get().id()
        : activity.objectId();
  }

  private URI inboxOf(URI actor) {
    return peers
        .findByActor(actor)
        .map(Peer::inbox)
        .orElseGet(() -> remoteActors.actor(actor).inbox());
  }

  private boolean isOwn(URI id) {
    return OriginChecks.sameOrigin(id, node.baseUrl());
  }

  private String peerName(URI actor) {
    return peers.findByActor(actor).flatMap(Peer::name).orElse(null);
  }

  private URI newActivityId() {
    return urls().activity(UUID.randomUUID());
  }

  private static InvalidInputException invalid(String field, String message) {
    return new InvalidInputException(List.of(new FieldError(field, message)));
  }
}
