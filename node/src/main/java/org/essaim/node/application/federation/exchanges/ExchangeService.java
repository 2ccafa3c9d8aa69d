// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.federation.exchanges;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import org.essaim.federation.inbox.OriginChecks;
import org.essaim.federation.vocab.Activity;
import org.essaim.federation.vocab.As;
import org.essaim.federation.vocab.AsObject;
import org.essaim.federation.vocab.VocabularyException;
import org.essaim.federation.vocab.essaim.Replication;
import org.essaim.node.application.ConflictException;
import org.essaim.node.application.FieldError;
import org.essaim.node.application.InvalidInputException;
import org.essaim.node.application.MethodSheetService;
import org.essaim.node.application.NodeAddress;
import org.essaim.node.application.NodeMode;
import org.essaim.node.application.NotFoundException;
import org.essaim.node.application.Page;
import org.essaim.node.application.PageRequest;
import org.essaim.node.application.ReplicationService;
import org.essaim.node.application.federation.DeliveryQueue;
import org.essaim.node.application.federation.HandlingOutcome;
import org.essaim.node.application.federation.InboundActivity;
import org.essaim.node.application.federation.PeerPolicy;
import org.essaim.node.application.federation.follow.RemoteActorSource;
import org.essaim.node.domain.model.exchange.Exchange;
import org.essaim.node.domain.model.exchange.ExchangeDirection;
import org.essaim.node.domain.model.exchange.ExchangeKind;
import org.essaim.node.domain.model.exchange.ExchangeRepository;
import org.essaim.node.domain.model.exchange.ExchangeState;
import org.essaim.node.domain.model.methodsheet.MethodSheet;
import org.essaim.node.domain.model.methodsheet.MethodSheetRepository;
import org.essaim.node.domain.model.peer.Peer;
import org.essaim.node.domain.model.peer.PeerRepository;
import org.essaim.node.domain.model.remote.CopyAudience;
import org.essaim.node.domain.model.remote.RemoteObject;
import org.essaim.node.domain.model.remote.RemoteObjectKind;
import org.essaim.node.domain.model.remote.RemoteObjectRepository;
import org.essaim.node.domain.model.solution.ReplicationDescription;
import org.essaim.node.domain.model.solution.TransferableSolution;
import org.essaim.node.domain.model.solution.TransferableSolutionRepository;
import org.essaim.node.domain.shared.Visibility;
import org.essaim.node.interfaces.federation.FederationUrls;

/**
 * Exchanges between territories.
 *
 * <ul>
 *   <li>Sent, by this territory's editors, about a copy of a peer's object: a reply to a sheet or
 *       solution, an amendment of a sheet, a replication proposal of a solution; an Announce of a
 *       solution to this territory's followers (administrators). Each activity is queued in the
 *       transaction that records it, to the object's territory only (the Announce: to followers).
 *   <li>Received, from admitted peers, about one of this territory's shared sheets or solutions:
 *       the moderation queue. Accepting an amendment makes a new version of the sheet (which
 *       federates as Update); accepting a replication proposal records a Replication; each decision
 *       answers the proposer with Accept or Reject.
 *   <li>Answers to this territory's Offers mark them ACCEPTED or REJECTED.
 * </ul>
 *
 * <p>Introductions between projects are Offers too, but with their own table and states: this
 * service hands their Offers, answers and withdrawals to {@link IntroductionService}.
 */
@ApplicationScoped
public class ExchangeService implements ExchangeRouting {

  private static final Logger LOG = Logger.getLogger(ExchangeService.class.getName());

  /** The longest reply or replication message, in characters. */
  public static final int MAX_TEXT = 5_000;

  @Inject ExchangeRepository exchanges;
  @Inject RemoteObjectRepository copies;
  @Inject MethodSheetRepository sheets;
  @Inject TransferableSolutionRepository solutions;
  @Inject MethodSheetService sheetService;
  @Inject ReplicationService replications;
  @Inject PeerPolicy peerPolicy;
  @Inject PeerRepository peers;
  @Inject RemoteActorSource remoteActors;
  @Inject DeliveryQueue delivery;
  @Inject NodeAddress node;
  @Inject Clock clock;
  @Inject NodeMode mode;
  @Inject IntroductionService introductions;

  private FederationUrls urls() {
    return FederationUrls.of(node.baseUrl());
  }

  private ExchangeActivities activities() {
    return new ExchangeActivities(urls().territoryActor());
  }

  // --- sent ---

  /** A reply to a copy of a peer's method sheet or solution. */
  @Transactional
  public ExchangeView reply(long copyId, String content) {
    String text = requiredText("content", content, MAX_TEXT);
    RemoteObject copy =
        copy(copyId, Set.of(RemoteObjectKind.METHOD_SHEET, RemoteObjectKind.SOLUTION));
    URI id = newActivityId();
    Instant now = clock.instant();
    Activity reply = activities().reply(id, copy.originActor(), copy.objectId(), text, now);
    return sent(ExchangeKind.REPLY, id, copy, null, text, reply, now);
  }

  /** A new body proposed for a copy of a peer's method sheet. */
  @Transactional
  public ExchangeView proposeAmendment(long copyId, String summary, String content) {
    String change = optionalText("summary", summary, Exchange.MAX_SUMMARY);
    String markdown = requiredText("content", content, Exchange.MAX_CONTENT);
    RemoteObject copy = copy(copyId, Set.of(RemoteObjectKind.METHOD_SHEET));
    URI id = newActivityId();
    Instant now = clock.instant();
    Activity offer =
        activities().amendment(id, copy.originActor(), copy.objectId(), change, markdown, now);
    return sent(ExchangeKind.AMENDMENT, id, copy, change, markdown, offer, now);
  }

  /** This territory proposes to replicate a copy of a peer's solution. */
  @Transactional
  public ExchangeView proposeReplication(long copyId, String message) {
    String text = optionalText("message", message, MAX_TEXT);
    RemoteObject copy = copy(copyId, Set.of(RemoteObjectKind.SOLUTION));
    URI id = newActivityId();
    Instant now = clock.instant();
    Activity offer =
        activities().replicationProposal(id, copy.originActor(), copy.objectId(), text, now);
    return sent(ExchangeKind.REPLICATION_PROPOSAL, id, copy, null, text, offer, now);
  }

  /**
   * Re-shares a copy of a peer's solution with this territory's followers; to Public too only when
   * the solution is PUBLIC. The national aggregator relays PUBLIC solutions only: its followers are
   * the whole network, not the audience a territory chose for a NETWORK one.
   *
   * @throws ConflictException on the aggregator, for a copy that is not PUBLIC
   */
  @Transactional
  public ExchangeView announce(long copyId) {
    RemoteObject copy = copy(copyId, Set.of(RemoteObjectKind.SOLUTION));
    if (mode == NodeMode.AGGREGATOR && copy.audience() != CopyAudience.PUBLIC) {
      throw new ConflictException(
          "the national node relays PUBLIC solutions only; this one is shared with its"
              + " territory's network only");
    }
    URI id = newActivityId();
    Instant now = clock.instant();
    Activity announce =
        activities()
            .announce(
                id,
                copy.objectId(),
                urls().territoryFollowers(),
                copy.audience() == CopyAudience.PUBLIC,
                now);
    Exchange exchange =
        new Exchange(
            ExchangeDirection.SENT,
            ExchangeKind.ANNOUNCE,
            id,
            copy.originActor(),
            copy.originName().orElse(null),
            copy.objectId(),
            copy.id(),
            null,
            null,
            now);
    exchanges.add(exchange);
    Set<URI> inboxes = peerPolicy.followerInboxes();
    if (!inboxes.isEmpty()) {
      delivery.enqueue(id, ExchangeActivities.bytes(announce), inboxes);
    }
    return ExchangeView.of(exchange);
  }

  /** What this territory sent, newest first. */
  @Transactional
  public Page<ExchangeView> sent(ExchangeKind kind, ExchangeState state, PageRequest request) {
    return page(ExchangeDirection.SENT, kind, state, null, request);
  }

  private ExchangeView sent(
      ExchangeKind kind,
      URI id,
      RemoteObject copy,
      String summary,
      String content,
      Activity activity,
      Instant now) {
    URI origin = copy.originActor();
    URI inbox = inboxOf(origin);
    Exchange exchange =
        new Exchange(
            ExchangeDirection.SENT,
            kind,
            id,
            origin,
            copy.originName().orElse(null),
            copy.objectId(),
            copy.id(),
            summary,
            content,
            now);
    exchanges.add(exchange);
    delivery.enqueue(id, ExchangeActivities.bytes(activity), Set.of(inbox));
    LOG.fine(() -> "Queued " + kind + " " + id + " to " + inbox);
    return ExchangeView.of(exchange);
  }

  private RemoteObject copy(long copyId, Set<RemoteObjectKind> kinds) {
    RemoteObject copy =
        copies
            .find(copyId)
            .filter(c -> !c.isDeleted())
            .orElseThrow(() -> new NotFoundException("No network object " + copyId));
    if (!kinds.contains(copy.kind())) {
      throw new ConflictException(
          "network object " + copyId + " is a " + copy.kind() + ", not one of " + kinds);
    }
    if (!peerPolicy.admits(copy.originActor())) {
      throw new ConflictException(
          "the territory of network object " + copyId + " is blocked or not on the allow-list");
    }
    return copy;
  }

  private URI inboxOf(URI actor) {
    return peers
        .findByActor(actor)
        .map(Peer::inbox)
        .orElseGet(() -> remoteActors.actor(actor).inbox());
  }

  // --- received ---

  @Override
  public boolean isReplyToUs(InboundActivity inbound) {
    return inbound
        .activity()
        .embeddedObject()
        .filter(o -> o.hasType(As.NOTE))
        .flatMap(o -> o.reference(As.IN_REPLY_TO))
        .filter(this::isOwn)
        .isPresent();
  }

  @Override
  @Transactional
  public HandlingOutcome onReply(InboundActivity inbound) {
    URI actor = inbound.actor();
    Optional<HandlingOutcome> refused = refuse(inbound);
    if (refused.isPresent()) {
      return refused.get();
    }
    Optional<AsObject> note = inbound.activity().embeddedObject().filter(o -> o.hasType(As.NOTE));
    if (note.isEmpty()) {
      return HandlingOutcome.rejected("a reply embeds its Note");
    }
    Optional<String> misattributed = misattributed(note.get(), actor);
    if (misattributed.isPresent()) {
      return HandlingOutcome.rejected(misattributed.get());
    }
    URI target = note.get().reference(As.IN_REPLY_TO).orElseThrow();
    Optional<Subject> subject = subject(target);
    if (subject.isEmpty()) {
      return HandlingOutcome.rejected(
          "<" + target + "> is no method sheet or solution this territory shares");
    }
    String text = note.get().string(As.CONTENT).map(ExchangeActivities::plainText).orElse("");
    if (text.isBlank() || text.length() > MAX_TEXT) {
      return HandlingOutcome.rejected("a reply has a content of 1 to " + MAX_TEXT + " characters");
    }
    received(ExchangeKind.REPLY, inbound, subject.get(), null, text);
    return HandlingOutcome.processed("reply to <" + target + "> listed for the team");
  }

  /**
   * An Offer: an amendment of one of our sheets, a replication of one of our solutions, or an
   * introduction of a peer's project to one of ours ({@link IntroductionService}).
   */
  @Transactional
  public HandlingOutcome onOffer(InboundActivity inbound) {
    if (IntroductionService.isIntroduction(inbound.activity())) {
      return introductions.onOffer(inbound);
    }
    URI actor = inbound.actor();
    Optional<HandlingOutcome> refused = refuse(inbound);
    if (refused.isPresent()) {
      return refused.get();
    }
    Activity offer = inbound.activity();
    Optional<URI> target = offer.target();
    if (target.isEmpty()) {
      return HandlingOutcome.rejected("an Offer names its target");
    }
    Optional<Subject> subject = subject(target.get());
    if (subject.isEmpty()) {
      return HandlingOutcome.ignored(
          "<" + target.get() + "> is no method sheet or solution this territory shares");
    }
    Optional<AsObject> object = offer.embeddedObject();
    if (object.isEmpty()) {
      return HandlingOutcome.rejected("an Offer embeds what it proposes");
    }
    Optional<String> misattributed = misattributed(object.get(), actor);
    if (misattributed.isPresent()) {
      return HandlingOutcome.rejected(misattributed.get());
    }
    return subject.get().sheet()
        ? amendment(inbound, subject.get(), object.get())
        : replication(inbound, subject.get(), object.get());
  }

  private HandlingOutcome amendment(InboundActivity inbound, Subject subject, AsObject proposal) {
    if (!proposal.hasType(As.NOTE) && !proposal.hasType(As.ARTICLE)) {
      return HandlingOutcome.rejected("an amendment is a Note or an Article");
    }
    Optional<String> mediaType = proposal.string(As.MEDIA_TYPE);
    if (mediaType.isPresent() && !mediaType.get().startsWith(ExchangeActivities.MARKDOWN)) {
      return HandlingOutcome.rejected(
          "an amendment's content is Markdown (" + ExchangeActivities.MARKDOWN + ")");
    }
    String markdown = proposal.string(As.CONTENT).orElse("");
    if (markdown.isBlank() || markdown.length() > Exchange.MAX_CONTENT) {
      return HandlingOutcome.rejected(
          "an amendment has a content of 1 to " + Exchange.MAX_CONTENT + " characters");
    }
    String summary = proposal.string(As.SUMMARY).map(String::strip).orElse(null);
    if (summary != null && summary.length() > Exchange.MAX_SUMMARY) {
      return HandlingOutcome.rejected(
          "an amendment's summary has at most " + Exchange.MAX_SUMMARY + " characters");
    }
    received(ExchangeKind.AMENDMENT, inbound, subject, summary, markdown);
    return HandlingOutcome.processed("amendment of <" + subject.objectId() + "> awaits the team");
  }

  private HandlingOutcome replication(InboundActivity inbound, Subject subject, AsObject object) {
    Replication replication;
    try {
      replication = Replication.from(object);
    } catch (VocabularyException | IllegalArgumentException e) {
      return HandlingOutcome.rejected("a replication proposal is a Replication: " + e.getMessage());
    }
    if (!replication.solution().equals(subject.objectId())) {
      return HandlingOutcome.rejected("the Replication is not of the Offer's target");
    }
    if (!replication.replicatingTerritory().equals(inbound.actor())) {
      return HandlingOutcome.rejected("a territory proposes its own replications only");
    }
    String message =
        replication.summary() == null
            ? null
            : Optional.ofNullable(replication.summary().fr()).orElse(replication.summary().en());
    if (message != null && message.length() > MAX_TEXT) {
      return HandlingOutcome.rejected(
          "a replication message has at most " + MAX_TEXT + " characters");
    }
    received(ExchangeKind.REPLICATION_PROPOSAL, inbound, subject, null, message);
    return HandlingOutcome.processed(
        "replication proposal of <" + subject.objectId() + "> awaits the team");
  }

  private void received(
      ExchangeKind kind, InboundActivity inbound, Subject subject, String summary, String content) {
    URI actor = inbound.actor();
    exchanges.add(
        new Exchange(
            ExchangeDirection.RECEIVED,
            kind,
            inbound.id(),
            actor,
            peerName(actor),
            subject.objectId(),
            subject.id(),
            summary,
            content,
            clock.instant()));
  }

  /** Common refusals: not admitted, signed by another actor, already received. */
  private Optional<HandlingOutcome> refuse(InboundActivity inbound) {
    if (!inbound.activity().actor().equals(inbound.actor())) {
      return Optional.of(HandlingOutcome.rejected("the activity's actor did not sign it"));
    }
    if (!peerPolicy.admits(inbound.actor())) {
      return Optional.of(HandlingOutcome.ignored("not admitted: <" + inbound.actor() + ">"));
    }
    if (exchanges.findByActivity(ExchangeDirection.RECEIVED, inbound.id()).isPresent()) {
      return Optional.of(HandlingOutcome.ignored("already received: <" + inbound.id() + ">"));
    }
    return Optional.empty();
  }

  /** Present when the object names an author other than the actor (a person, another actor). */
  static Optional<String> misattributed(AsObject object, URI actor) {
    List<URI> authors = object.references(As.ATTRIBUTED_TO);
    if (authors.stream().anyMatch(a -> !a.equals(actor))) {
      return Optional.of("the object is attributed to " + authors + ", not to <" + actor + ">");
    }
    return Optional.empty();
  }

  @Override
  public boolean answersOurOffer(InboundActivity inbound) {
    return answered(inbound).isPresent() || introductions.answersOurOffer(inbound);
  }

  @Override
  public boolean withdrawsAnIntroduction(InboundActivity inbound) {
    return introductions.withdrawsOne(inbound);
  }

  @Override
  public HandlingOutcome onWithdrawal(InboundActivity inbound) {
    return introductions.onWithdrawal(inbound);
  }

  private Optional<Exchange> answered(InboundActivity inbound) {
    Activity answer = inbound.activity();
    Optional<URI> offer =
        answer.embeddedObject().isPresent()
            ? answer.embeddedObject().get().id()
            : answer.objectId();
    return offer
        .filter(this::isOwn)
        .flatMap(id -> exchanges.findByActivity(ExchangeDirection.SENT, id))
        .filter(e -> e.kind().isOffer());
  }

  @Override
  @Transactional
  public HandlingOutcome onAnswer(InboundActivity inbound) {
    Optional<Exchange> match = answered(inbound);
    if (match.isEmpty() && introductions.answersOurOffer(inbound)) {
      return introductions.onAnswer(inbound);
    }
    if (match.isEmpty()) {
      return HandlingOutcome.ignored("answer to no Offer of this territory");
    }
    Exchange exchange = match.get();
    if (!exchange.peerActor().equals(inbound.actor())
        || !inbound.activity().actor().equals(inbound.actor())) {
      return HandlingOutcome.rejected(
          "only <" + exchange.peerActor() + "> answers the Offer <" + exchange.activityId() + ">");
    }
    boolean accepted = "Accept".equals(inbound.type());
    ExchangeState wanted = accepted ? ExchangeState.ACCEPTED : ExchangeState.REJECTED;
    if (exchange.state() == wanted) {
      return HandlingOutcome.processed("the Offer was already " + wanted);
    }
    if (exchange.state() != ExchangeState.PENDING) {
      return HandlingOutcome.ignored("the Offer was already " + exchange.state());
    }
    if (accepted) {
      exchange.accept(null, null, clock.instant());
    } else {
      exchange.reject(null, clock.instant());
    }
    return HandlingOutcome.processed("our Offer <" + exchange.activityId() + "> was " + wanted);
  }

  // --- the team's decisions ---

  /**
   * What peers sent about this territory's objects, newest first.
   *
   * @param objectId null for all: only those about this object
   */
  @Transactional
  public Page<ExchangeView> received(
      ExchangeKind kind, ExchangeState state, URI objectId, PageRequest request) {
    return page(ExchangeDirection.RECEIVED, kind, state, objectId, request);
  }

  @Transactional
  public ExchangeView receivedOne(long id) {
    return ExchangeView.of(received(id));
  }

  /**
   * Accepts an amendment (a new version of the sheet, "proposed by" its territory) or a replication
   * proposal (a Replication, INTERESTED); an Accept is sent to the proposer.
   *
   * @throws ConflictException unless a PENDING Offer, or when the sheet refuses the version
   */
  @Transactional
  public ExchangeView accept(long id, String username) {
    Exchange exchange = pendingOffer(id);
    String result;
    if (exchange.kind() == ExchangeKind.AMENDMENT) {
      int version =
          sheetService.reviseBody(
              exchange.localId(), exchange.content().orElseThrow(), provenance(exchange), username);
      result = "version " + version;
    } else {
      String territory =
          truncate(
              exchange.peerName().orElse(RemoteObject.host(exchange.peerActor())),
              ReplicationDescription.MAX_NAME);
      long replication =
          replications
              .create(
                  exchange.localId(),
                  new ReplicationDescription(
                      territory,
                      exchange.peerActor().toString(),
                      exchange.content().orElse(null),
                      null))
              .id();
      result = "replication " + replication;
    }
    exchange.accept(username, result, clock.instant());
    answer(exchange, true);
    return ExchangeView.of(exchange);
  }

  /** Declines a PENDING Offer: a Reject is sent to the proposer. */
  @Transactional
  public ExchangeView dismiss(long id, String username) {
    Exchange exchange = pendingOffer(id);
    exchange.reject(username, clock.instant());
    answer(exchange, false);
    return ExchangeView.of(exchange);
  }

  /** Hides a received reply from the team's list (or shows it again); nothing is sent. */
  @Transactional
  public ExchangeView hide(long id, boolean hidden, String username) {
    Exchange exchange = received(id);
    if (exchange.kind() != ExchangeKind.REPLY) {
      throw new ConflictException("only a reply is hidden; an Offer is accepted or dismissed");
    }
    exchange.hide(hidden, username, clock.instant());
    return ExchangeView.of(exchange);
  }

  private Exchange pendingOffer(long id) {
    Exchange exchange = received(id);
    if (!exchange.kind().isOffer()) {
      throw new ConflictException("only an amendment or a replication proposal is decided");
    }
    if (exchange.state() != ExchangeState.PENDING) {
      throw new ConflictException("contribution " + id + " is already " + exchange.state());
    }
    return exchange;
  }

  private Exchange received(long id) {
    return exchanges
        .find(id)
        .filter(e -> e.direction() == ExchangeDirection.RECEIVED)
        .orElseThrow(() -> new NotFoundException("No contribution " + id));
  }

  private void answer(Exchange exchange, boolean accepted) {
    URI id = newActivityId();
    Activity answer =
        activities()
            .answer(accepted, id, exchange.peerActor(), exchange.activityId(), clock.instant());
    delivery.enqueue(id, ExchangeActivities.bytes(answer), Set.of(inboxOf(exchange.peerActor())));
  }

  /** The change note of an accepted amendment: where it comes from, and its summary. */
  static String provenance(Exchange exchange) {
    String territory = exchange.peerName().orElse(RemoteObject.host(exchange.peerActor()));
    String note =
        "Amendement proposé par "
            + territory
            + " ("
            + exchange.peerActor()
            + ")"
            + exchange.summary().map(s -> " : " + s).orElse("");
    return truncate(note, MethodSheet.MAX_CHANGE_NOTE);
  }

  // --- helpers ---

  private Page<ExchangeView> page(
      ExchangeDirection direction,
      ExchangeKind kind,
      ExchangeState state,
      URI objectId,
      PageRequest request) {
    return new Page<>(
        exchanges
            .list(
                direction,
                kind,
                state,
                objectId,
                (int) Math.min(Integer.MAX_VALUE, request.offset()),
                request.size())
            .stream()
            .map(ExchangeView::of)
            .toList(),
        request.page(),
        request.size(),
        exchanges.count(direction, kind, state, objectId));
  }

  /** One of our sheets or solutions, shared with peers (NETWORK or PUBLIC, published). */
  record Subject(boolean sheet, long id, URI objectId) {}

  Optional<Subject> subject(URI object) {
    FederationUrls urls = urls();
    Optional<Long> sheetId = localId(object, urls.methodSheet(0));
    if (sheetId.isPresent()) {
      return sheets
          .find(sheetId.get())
          .filter(s -> s.state().publiclyVisible() && shared(s.visibility()))
          .map(s -> new Subject(true, s.id(), object));
    }
    Optional<Long> solutionId = localId(object, urls.solution(0));
    if (solutionId.isPresent()) {
      return solutions
          .find(solutionId.get())
          .filter(TransferableSolution::acceptsReplications)
          .filter(s -> shared(s.visibility()))
          .map(s -> new Subject(false, s.id(), object));
    }
    return Optional.empty();
  }

  private static boolean shared(Visibility visibility) {
    return visibility == Visibility.NETWORK || visibility == Visibility.PUBLIC;
  }

  /** The local id of {@code object} when it is an address like {@code example} (id 0). */
  static Optional<Long> localId(URI object, URI example) {
    String prefix = example.toString().substring(0, example.toString().length() - 1);
    String address = object.toString();
    if (!address.startsWith(prefix)) {
      return Optional.empty();
    }
    String rest = address.substring(prefix.length());
    if (rest.isEmpty() || rest.length() > 18 || !rest.chars().allMatch(Character::isDigit)) {
      return Optional.empty();
    }
    return Optional.of(Long.parseLong(rest));
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

  static String requiredText(String field, String value, int max) {
    String text = optionalText(field, value, max);
    if (text == null) {
      throw new InvalidInputException(List.of(new FieldError(field, "must not be blank")));
    }
    return text;
  }

  static String optionalText(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.strip();
    if (text.length() > max) {
      throw new InvalidInputException(
          List.of(new FieldError(field, "at most " + max + " characters")));
    }
    return text;
  }

  private static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
