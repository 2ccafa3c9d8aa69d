// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.search;

import java.net.URI;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.essaim.federation.vocab.As;
import org.essaim.federation.vocab.AsObject;
import org.essaim.federation.vocab.AsValue;
import org.essaim.federation.vocab.Essaim;
import org.essaim.federation.vocab.Literal;
import org.essaim.node.domain.model.search.SearchEntry;
import org.essaim.node.domain.model.search.SearchKind;
import org.essaim.node.domain.model.search.SearchOrigin;
import org.essaim.node.domain.model.taxonomy.Concept;
import org.essaim.node.domain.model.taxonomy.Taxonomy;
import org.essaim.node.domain.model.taxonomy.TaxonomyScheme;

/**
 * From an object in its ActivityStreams form (this node's own, as it would be published, or a
 * peer's copy) to its index entry. One mapping for both, so a local and a remote project are found
 * by the same words and counted in the same facets.
 */
public final class SearchEntries {

  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private SearchEntries() {}

  /** The kind of index entry for these (expanded) types, empty when not searchable. */
  public static Optional<SearchKind> kind(Set<String> types) {
    if (types.contains(Essaim.PROJECT)) {
      return Optional.of(SearchKind.PROJECT);
    }
    if (types.contains(Essaim.METHOD_SHEET)) {
      return Optional.of(SearchKind.METHOD_SHEET);
    }
    if (types.contains(Essaim.TRANSFERABLE_SOLUTION)) {
      return Optional.of(SearchKind.SOLUTION);
    }
    if (types.contains(Essaim.CHALLENGE)) {
      return Optional.of(SearchKind.CHALLENGE);
    }
    if (types.contains(As.EVENT)) {
      return Optional.of(SearchKind.EVENT);
    }
    return Optional.empty();
  }

  /**
   * The entry of an object.
   *
   * @param object the object, with an id
   * @param origin this node's own object or a copy
   * @param localId the local record id of an own object, null for a copy
   * @param territory who publishes it
   * @param publicAudience whether its audience lets anonymous callers see it (own PUBLIC or
   *     NODE_PUBLIC object, PUBLIC copy); public search also needs the consent to indexing
   * @param now when it is indexed, for an object without dates
   * @return empty for objects that are not searchable (other types, no id, no name)
   */
  public static Optional<SearchEntry> of(
      AsObject object,
      SearchOrigin origin,
      Long localId,
      TerritoryCard territory,
      boolean publicAudience,
      Instant now) {
    Optional<SearchKind> kind = kind(object.types());
    Optional<URI> id = object.id();
    Optional<String> title = text(object, As.NAME).filter(t -> !t.isBlank());
    if (kind.isEmpty() || id.isEmpty() || title.isEmpty()) {
      return Optional.empty();
    }
    boolean indexable = object.bool(Essaim.INDEXABLE).orElse(true) && territory.indexable();
    Instant published = object.instant(As.PUBLISHED).orElse(null);
    Instant updated = object.instant(As.UPDATED).orElse(published == null ? now : published);
    return Optional.of(
        new SearchEntry(
            id.get(),
            kind.get(),
            origin,
            localId,
            territory.actor(),
            territory.name(),
            territory.region(),
            plain(title.get()),
            text(object, As.SUMMARY).map(SearchEntries::plain).orElse(null),
            body(object),
            object.reference(As.URL).orElse(null),
            withAncestors(strings(object, Essaim.THEME)),
            strings(object, Essaim.SUPPORT_MODE),
            object.string(Essaim.STAGE).orElse(null),
            object.string(Essaim.LEGAL_FORM).orElse(null),
            kind.get() == SearchKind.SOLUTION || object.bool(Essaim.TRANSFERABLE).orElse(false),
            object.reference(Essaim.SOURCE_PROJECT).orElse(null),
            object.reference(Essaim.ANSWERS_CHALLENGE).orElse(null),
            publicAudience && indexable,
            published,
            updated));
  }

  /**
   * The entry with the French labels and everyday words (altLabels) of its themes, their ancestors
   * included, and of its support modes appended to its body: a project filed under « Circuits
   * courts » is found by those words even when its text says « magasin de producteurs », and « bien
   * vieillir » finds what is filed under it. Body weight, so a match on the labels alone ranks
   * below one in the title or summary. Keys the taxonomy does not know add nothing.
   */
  public static SearchEntry withTaxonomyLabels(SearchEntry entry, Taxonomy taxonomy) {
    Set<String> labels = new LinkedHashSet<>();
    addLabels(labels, taxonomy, TaxonomyScheme.THEMES, entry.themes());
    addLabels(labels, taxonomy, TaxonomyScheme.SUPPORT_MODES, entry.supportModes());
    if (labels.isEmpty()) {
      return entry;
    }
    // Neutral separators: words such as « Thèmes » would match every entry.
    String words = String.join(" · ", labels);
    String body = entry.body();
    if (body == null || body.isBlank()) {
      body = words;
    } else {
      // The labels are kept whole when the text has to be cut to the longest body.
      int room = SearchEntry.MAX_BODY - words.length() - 1;
      body = (body.length() > room ? body.substring(0, Math.max(0, room)) : body) + "\n" + words;
    }
    return new SearchEntry(
        entry.objectUri(),
        entry.kind(),
        entry.origin(),
        entry.localId(),
        entry.territoryActor(),
        entry.territoryName(),
        entry.region(),
        entry.title(),
        entry.summary(),
        body,
        entry.url(),
        entry.themes(),
        entry.supportModes(),
        entry.stage(),
        entry.legalForm(),
        entry.transferable(),
        entry.sourceProject(),
        entry.answersChallenge(),
        entry.publicSearchable(),
        entry.published(),
        entry.updated());
  }

  private static void addLabels(
      Set<String> labels, Taxonomy taxonomy, TaxonomyScheme scheme, List<String> keys) {
    for (String key : keys) {
      Optional<Concept> concept = taxonomy.find(scheme, key);
      if (concept.isPresent()) {
        labels.add(concept.get().labelFr());
        labels.addAll(concept.get().altLabels());
      }
    }
  }

  /** Body text: the content and, for solutions, their transfer conditions and factors. */
  private static String body(AsObject object) {
    List<String> parts = new ArrayList<>();
    text(object, As.CONTENT).ifPresent(parts::add);
    text(object, Essaim.TRANSFER_CONDITIONS).ifPresent(parts::add);
    parts.addAll(strings(object, Essaim.KEY_SUCCESS_FACTOR));
    parts.addAll(strings(object, Essaim.WATCH_POINT));
    String body = plain(String.join("\n", parts));
    return body.isBlank() ? null : body;
  }

  /** Plain text: tags removed, entities decoded, control characters and runs of spaces dropped. */
  static String plain(String html) {
    String text = TAG.matcher(html).replaceAll(" ");
    text =
        text.replace("&nbsp;", " ")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&#x27;", "'")
            .replace("&amp;", "&");
    text = CONTROL.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(" ");
    return SPACES.matcher(text).replaceAll(" ").strip();
  }

  /** French text when the object has a language map, else the plain value. */
  private static Optional<String> text(AsObject object, String property) {
    return object.string(property, "fr").or(() -> object.string(property));
  }

  private static List<String> strings(AsObject object, String property) {
    List<String> values = new ArrayList<>();
    for (AsValue value : object.values(property)) {
      if (value instanceof Literal literal && !literal.lexical().isBlank()) {
        values.add(literal.lexical().strip());
      }
    }
    return values;
  }

  /** Taxonomy keys with their ancestors ({@code a.b.c} → {@code a}, {@code a.b}, {@code a.b.c}). */
  static List<String> withAncestors(List<String> keys) {
    Set<String> all = new LinkedHashSet<>();
    for (String key : keys) {
      if (key.contains(" ")) {
        continue;
      }
      int dot = key.indexOf('.');
      while (dot > 0) {
        all.add(key.substring(0, dot));
        dot = key.indexOf('.', dot + 1);
      }
      all.add(key);
    }
    return List.copyOf(all);
  }
}
