// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation.publishing;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.LongPredicate;
import org.essaim.federation.vocab.As;
import org.essaim.federation.vocab.AsObject;
import org.essaim.federation.vocab.Essaim;
import org.essaim.federation.vocab.Literal;
import org.essaim.federation.vocab.Place;
import org.essaim.federation.vocab.essaim.LocalizedText;
import org.essaim.federation.vocab.essaim.Organization;
import org.essaim.federation.vocab.essaim.PerimeterArea;
import org.essaim.federation.vocab.essaim.WireCodes;
import org.essaim.node.application.federation.HtmlText;
import org.essaim.node.domain.model.challenge.Challenge;
import org.essaim.node.domain.model.dream.Commune;
import org.essaim.node.domain.model.event.Event;
import org.essaim.node.domain.model.event.EventDescription;
import org.essaim.node.domain.model.event.EventPlace;
import org.essaim.node.domain.model.methodsheet.MethodSheet;
import org.essaim.node.domain.model.methodsheet.MethodSheetState;
import org.essaim.node.domain.model.methodsheet.MethodSheetVersion;
import org.essaim.node.domain.model.methodsheet.MethodStep;
import org.essaim.node.domain.model.project.Project;
import org.essaim.node.domain.model.project.ProjectDescription;
import org.essaim.node.domain.model.project.ProjectOrigin;
import org.essaim.node.domain.model.solution.TransferableSolution;
import org.essaim.node.domain.model.solution.TransferableSolutionDescription;
import org.essaim.node.domain.model.visibility.ShareableKind;
import org.essaim.node.domain.shared.Visibility;
import org.essaim.node.interfaces.federation.FederationUrls;

/**
 * Maps the shared domain objects to the protocol library's wire types. Pure: everything it needs is
 * passed in. It reads only public fields, by name; everything personal held in the same aggregates
 * (funding lines, impact notes, défi statements and their dreams, sheet authors and change notes,
 * event counts, solution costs) is never read here, and organisations enter only when their own
 * record is PUBLIC. {@code NoPersonalDataOnTheWireTest} is the guard.
 *
 * <p>Each object: {@code id} (its address), {@code attributedTo} the territory actor, {@code name},
 * {@code summary}, {@code content} (HTML) and {@code url} where it has them, and themes. {@code
 * published}/{@code updated} and the proof are added by the publisher, so the fingerprint that
 * decides an Update covers the content only.
 */
public final class WireObjects {

  private WireObjects() {}

  /**
   * What the mapping may look up.
   *
   * @param urls the node's addresses
   * @param publicOrganization an organisation's name and website, only when its record is PUBLIC
   * @param challengeShared whether a défi of this node is shared (so a project may link it)
   */
  public record Context(
      FederationUrls urls,
      LongFunction<Optional<Organization>> publicOrganization,
      LongPredicate challengeShared) {
    public Context {
      Objects.requireNonNull(urls, "urls");
      Objects.requireNonNull(publicOrganization, "publicOrganization");
      Objects.requireNonNull(challengeShared, "challengeShared");
    }
  }

  /** Whether objects at this visibility leave the node. */
  public static boolean shared(Visibility visibility) {
    return visibility != null && visibility.federates();
  }

  /** The public page of an object: its REST resource when the public may read it, else none. */
  static URI page(Context context, ShareableKind kind, long id, Visibility visibility) {
    return visibility == Visibility.PUBLIC ? context.urls().restResource(kind, id) : null;
  }

  /** A project: never its funding lines, impact measurements, collective or accompaniments. */
  public static AsObject project(Context context, long id, Project p) {
    FederationUrls urls = context.urls();
    ProjectDescription d = p.description();
    String stageKey = p.stage().key();
    Visibility visibility = p.visibility();
    Organization carrier =
        d.carrierOrganizationId() == null
            ? null
            : context.publicOrganization().apply(d.carrierOrganizationId()).orElse(null);
    List<Organization> partners = new ArrayList<>();
    for (Long partner : d.partnerOrganizationIds()) {
      context.publicOrganization().apply(partner).ifPresent(partners::add);
    }
    URI challenge =
        d.originChallengeId() != null && context.challengeShared().test(d.originChallengeId())
            ? urls.challenge(d.originChallengeId())
            : null;
    Commune commune = d.location();
    org.essaim.federation.vocab.essaim.Project project =
        new org.essaim.federation.vocab.essaim.Project(
            urls.project(id),
            urls.territoryActor(),
            LocalizedText.fr(d.title()),
            d.summary() == null ? null : LocalizedText.fr(d.summary()),
            WireCodes.isProjectStage(stageKey) ? stageKey : "idea",
            p.status().name(),
            origin(d.origin()),
            themes(d.themes()),
            d.supportModes().stream().filter(WireCodes::isSupportMode).toList(),
            carrier,
            WireCodes.isLegalForm(d.legalForm()) ? d.legalForm() : null,
            partners,
            challenge,
            d.pepite(),
            false,
            null,
            null,
            commune == null ? null : new PerimeterArea("commune", commune.code(), commune.label()),
            page(context, ShareableKind.PROJECT, id, visibility));
    AsObject.Builder object = project.toAsObject().toBuilder();
    html(object, d.description());
    return object.build();
  }

  /**
   * A method sheet as its published version reads (title, summary and body of that version), with
   * the sheet's steps, themes and licence; never the authors' usernames or change notes.
   */
  public static AsObject methodSheet(Context context, MethodSheet s, MethodSheetVersion published) {
    long id = s.id();
    MethodSheetState state = s.state();
    Visibility visibility = s.visibility();
    String licence = s.description().licence() == null ? null : s.description().licence().spdxId();
    org.essaim.federation.vocab.essaim.MethodSheet sheet =
        new org.essaim.federation.vocab.essaim.MethodSheet(
            context.urls().methodSheet(id),
            context.urls().territoryActor(),
            LocalizedText.fr(published.text().title()),
            published.text().summary() == null
                ? null
                : LocalizedText.fr(published.text().summary()),
            blank(published.bodyHtml()) ? null : LocalizedText.fr(published.bodyHtml()),
            s.description().methodSteps().stream().map(MethodStep::name).toList(),
            List.of(),
            published.number() + ".0",
            state == MethodSheetState.DEPRECATED ? "DEPRECATED" : "PUBLISHED",
            licence,
            page(context, ShareableKind.METHOD_SHEET, id, visibility));
    AsObject.Builder object = sheet.toAsObject().toBuilder();
    themes(s.description().themes()).forEach(t -> object.add(Essaim.THEME, Literal.string(t)));
    return object.build();
  }

  /**
   * A transferable solution: the problem it addresses as summary, its model as content, its
   * prerequisites as transfer conditions; never its cost range (local economics).
   */
  public static AsObject solution(Context context, long id, TransferableSolution s) {
    TransferableSolutionDescription d = s.description();
    long projectId = s.projectId();
    Visibility visibility = s.visibility();
    Organization contact =
        d.contactOrganizationId() == null
            ? null
            : context.publicOrganization().apply(d.contactOrganizationId()).orElse(null);
    org.essaim.federation.vocab.essaim.TransferableSolution solution =
        new org.essaim.federation.vocab.essaim.TransferableSolution(
            context.urls().solution(id),
            context.urls().territoryActor(),
            context.urls().project(projectId),
            LocalizedText.fr(d.title()),
            blank(d.problemAddressed()) ? null : LocalizedText.fr(d.problemAddressed()),
            themes(d.themes()),
            d.transferMode().name(),
            blank(d.prerequisites()) ? null : LocalizedText.fr(d.prerequisites()),
            d.keySuccessFactors(),
            d.watchPoints(),
            contact,
            page(context, ShareableKind.TRANSFERABLE_SOLUTION, id, visibility));
    AsObject.Builder object = solution.toAsObject().toBuilder();
    html(object, d.model());
    return object.build();
  }

  /** A défi: title, themes and state only (never its statement nor the dreams it groups). */
  public static AsObject challenge(Context context, long id, Challenge c) {
    return new org.essaim.federation.vocab.essaim.Challenge(
            context.urls().challenge(id),
            context.urls().territoryActor(),
            LocalizedText.fr(c.title()),
            themes(c.themes()),
            c.state().name())
        .toAsObject();
  }

  /**
   * An event as Mobilizon and Mastodon read it: AS2 {@code Event} with name, content, start and end
   * times, a {@code Place} (venue, address, commune) or the online address; never its counts.
   */
  public static AsObject event(Context context, long id, Event e) {
    EventDescription d = e.description();
    String state = e.state().name();
    Visibility visibility = e.visibility();
    URI address = context.urls().event(id);
    org.essaim.federation.vocab.Event.Builder event =
        org.essaim.federation.vocab.Event.builder(address, d.startInstant())
            .name("CANCELLED".equals(state) ? "Annulé : " + d.title() : d.title(), null)
            .endTime(d.endInstant())
            .attributedTo(context.urls().territoryActor());
    EventPlace place = d.place();
    if (place != null) {
      event.location(new Place(place.oneLine(), Optional.empty(), Optional.empty()));
    }
    URI page = page(context, ShareableKind.EVENT, id, visibility);
    if (page != null) {
      event.url(page);
    }
    AsObject.Builder object = event.build().asObject().toBuilder();
    if (place == null && d.onlineUrl() != null) {
      object.set(
          As.LOCATION,
          AsObject.builder()
              .type(As.PLACE)
              .string(As.NAME, "En ligne")
              .reference(As.URL, URI.create(d.onlineUrl()))
              .build());
    }
    html(object, d.description());
    object.string(As.SUMMARY, d.type().label());
    themes(d.themes()).forEach(t -> object.add(Essaim.THEME, Literal.string(t)));
    return object.build();
  }

  /** Adds {@code published} and {@code updated} (to the second) to a mapped object. */
  public static AsObject withTimes(AsObject object, Instant published, Instant updated) {
    AsObject.Builder builder = object.toBuilder();
    if (published != null) {
      builder.dateTime(As.PUBLISHED, published.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }
    if (updated != null) {
      builder.dateTime(As.UPDATED, updated.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }
    return builder.build();
  }

  static List<String> themes(List<String> keys) {
    return keys == null ? List.of() : keys.stream().filter(WireCodes::isTheme).distinct().toList();
  }

  private static String origin(ProjectOrigin origin) {
    if (origin == null) {
      return null;
    }
    switch (origin) {
      case FROM_CHALLENGE:
        return "SUT_CHALLENGE";
      case ACCELERATED_EXISTING:
        return "EXISTING_ACCELERATED";
      case TRANSPOSED_FROM:
        return "TRANSPOSED_FROM";
      default:
        return null;
    }
  }

  private static void html(AsObject.Builder object, String text) {
    if (!blank(text)) {
      object.set(As.CONTENT, Literal.string(HtmlText.paragraphs(text)));
      object.string(As.MEDIA_TYPE, "text/html");
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
