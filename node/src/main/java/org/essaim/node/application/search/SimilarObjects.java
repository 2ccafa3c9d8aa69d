// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.essaim.node.application.ChallengeService;
import org.essaim.node.application.FieldError;
import org.essaim.node.application.InvalidInputException;
import org.essaim.node.application.NotFoundException;
import org.essaim.node.application.ProjectService;
import org.essaim.node.application.ProjectView;
import org.essaim.node.application.federation.copies.NetworkObjectView;
import org.essaim.node.application.federation.copies.NetworkObjects;
import org.essaim.node.domain.model.challenge.Challenge;
import org.essaim.node.domain.model.project.ProjectDescription;
import org.essaim.node.domain.model.search.KeyTerm;
import org.essaim.node.domain.model.search.SearchEntry;
import org.essaim.node.domain.model.search.SearchIndex;
import org.essaim.node.domain.model.search.SearchKind;
import org.essaim.node.domain.model.search.SimilarMatch;
import org.essaim.node.domain.model.search.SimilarQuery;
import org.essaim.node.domain.model.search.SimilarResult;
import org.essaim.node.domain.model.search.SimilarSource;
import org.essaim.node.domain.model.search.Similarity;
import org.essaim.node.domain.model.visibility.ShareableKind;

/**
 * Similar projects across the network for a project of this node or a copy of a peer's object, and
 * transferable solutions of other territories for a défi of this node. The source is read with the
 * caller's rights (404 when the caller may not read it); suggestions follow the rights of network
 * search: anonymous callers get public, indexable objects only.
 */
@ApplicationScoped
@Transactional
public class SimilarObjects {

  /** Suggestions when the caller does not say. */
  public static final int DEFAULT_LIMIT = 10;

  /** Most suggestions asked for. */
  public static final int MAX_LIMIT = 50;

  /** The source's strongest key terms a query looks candidates up by. */
  static final int QUERY_TERMS = 12;

  @Inject SearchIndex index;
  @Inject SearchSources sources;
  @Inject ProjectService projects;
  @Inject ChallengeService challenges;
  @Inject NetworkObjects copies;

  /**
   * Projects like one of this node's projects.
   *
   * @param team whether the caller is on this node's team (reads every project)
   * @param signedIn whether the caller is signed in (sees non-public suggestions)
   * @param limit as typed, may be null
   * @throws NotFoundException when there is no such project or the caller may not read it
   * @throws InvalidInputException for a bad limit
   */
  public List<SimilarResult> similarToProject(
      long id, boolean team, boolean signedIn, String limit) {
    int count = limit(limit);
    ProjectView project = projects.get(id, team);
    URI address = sources.address(ShareableKind.PROJECT, id);
    SimilarSource source =
        indexedSource(address)
            .orElseGet(
                () -> {
                  ProjectDescription d = project.description();
                  return new SimilarSource(
                      address,
                      d.title(),
                      d.summary(),
                      d.description() == null ? null : SearchEntries.plain(d.description()),
                      SearchEntries.withAncestors(d.themes()),
                      d.supportModes(),
                      d.originChallengeId() == null
                          ? null
                          : sources.address(ShareableKind.CHALLENGE, d.originChallengeId()));
                });
    return similar(source, SearchKind.PROJECT, null, signedIn, Similarity.PROJECTS, count);
  }

  /**
   * Projects like a copy of a peer's object.
   *
   * @param copyId the copy's id on this node
   * @throws NotFoundException when there is no such copy, the caller may not read it, or it is not
   *     a searchable object
   */
  public List<SimilarResult> similarToCopy(long copyId, boolean signedIn, String limit) {
    int count = limit(limit);
    NetworkObjectView copy = copies.get(copyId, signedIn);
    SimilarSource source =
        indexedSource(copy.objectId())
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "network object " + copyId + " is not a searchable object"));
    return similar(source, SearchKind.PROJECT, null, signedIn, Similarity.PROJECTS, count);
  }

  /**
   * Transferable solutions of other territories for one of this node's défis, from its title,
   * statement and themes.
   *
   * @param team whether the caller is on this node's team (reads défis in draft)
   * @throws NotFoundException when there is no such défi or the caller may not read it
   */
  public List<SimilarResult> transferableSolutions(
      long challengeId, boolean team, boolean signedIn, String limit) {
    int count = limit(limit);
    Challenge challenge = challenges.visible(challengeId, team);
    URI address = sources.address(ShareableKind.CHALLENGE, challengeId);
    SimilarSource source =
        indexedSource(address)
            .orElseGet(
                () ->
                    new SimilarSource(
                        address,
                        challenge.title(),
                        null,
                        challenge.statement() == null
                            ? null
                            : SearchEntries.plain(challenge.statement()),
                        SearchEntries.withAncestors(challenge.themes()),
                        List.of(),
                        null));
    return similar(
        source,
        SearchKind.SOLUTION,
        sources.ownTerritory().actor(),
        signedIn,
        Similarity.SOLUTIONS,
        count);
  }

  private Optional<SimilarSource> indexedSource(URI objectUri) {
    return index
        .find(objectUri)
        .map(
            (SearchEntry e) ->
                new SimilarSource(
                    e.objectUri(),
                    e.title(),
                    e.summary(),
                    e.body(),
                    e.themes(),
                    e.supportModes(),
                    e.answersChallenge()));
  }

  private List<SimilarResult> similar(
      SimilarSource source,
      SearchKind kind,
      URI excludedTerritory,
      boolean signedIn,
      Similarity.Weights weights,
      int limit) {
    List<KeyTerm> terms = index.keyTerms(source.objectUri());
    if (terms.isEmpty()) {
      // Not indexed (a private project, a défi in draft): its terms as the index would keep them.
      terms = index.keyTerms(source.title(), source.summary(), source.body());
    }
    SimilarQuery query =
        new SimilarQuery(
            Similarity.strongest(terms, QUERY_TERMS),
            Similarity.mostSpecific(source.themes()),
            source.supportModes(),
            source.answersChallenge(),
            source.objectUri(),
            kind,
            excludedTerritory,
            signedIn);
    List<SimilarMatch> matches =
        Similarity.rank(source, terms, index.similarCandidates(query), weights, limit);
    Map<URI, SearchEntry> entries = new HashMap<>();
    for (SearchEntry entry :
        index.entries(matches.stream().map(SimilarMatch::objectUri).toList())) {
      entries.put(entry.objectUri(), entry);
    }
    return matches.stream()
        .filter(m -> entries.containsKey(m.objectUri()))
        .map(m -> new SimilarResult(entries.get(m.objectUri()), m))
        .toList();
  }

  /**
   * The number of suggestions asked for: 1 to {@link #MAX_LIMIT}, {@link #DEFAULT_LIMIT} if none.
   */
  static int limit(String raw) {
    if (raw == null || raw.isBlank()) {
      return DEFAULT_LIMIT;
    }
    try {
      int value = Integer.parseInt(raw.strip());
      if (value >= 1 && value <= MAX_LIMIT) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new InvalidInputException(
        List.of(new FieldError("limit", "must be an integer from 1 to " + MAX_LIMIT)));
  }
}
