// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Scores the candidates of a similar query: the text (cosine of the pruned term vectors), the
 * themes (Jaccard index of the sets with their ancestors, so two sub-themes of one theme count for
 * something), the support modes (Jaccard) and the défi both answer, weighted; and says why.
 */
public final class Similarity {

  /** Shared key terms named in an explanation at most. */
  public static final int EXPLAINED_TERMS = 6;

  /**
   * The weights of the parts; they add up to 1, so a score is from 0 to 1.
   *
   * @param text of the text cosine
   * @param themes of the theme Jaccard index
   * @param supportModes of the support mode Jaccard index
   * @param challenge of answering the same défi
   */
  public record Weights(double text, double themes, double supportModes, double challenge) {

    public Weights {
      double sum = text + themes + supportModes + challenge;
      if (text < 0 || themes < 0 || supportModes < 0 || challenge < 0 || Math.abs(sum - 1) > 1e-9) {
        throw new IllegalArgumentException("weights from 0, adding up to 1");
      }
    }
  }

  /**
   * Projects like a project: the words first; the themes, which every project carries but at coarse
   * grain, next; support modes and the same défi as tie-breakers that can lift a project with fewer
   * words in common.
   */
  public static final Weights PROJECTS = new Weights(0.55, 0.25, 0.10, 0.10);

  /** Solutions for a défi: a défi answers no other défi, so its share goes to the words. */
  public static final Weights SOLUTIONS = new Weights(0.65, 0.25, 0.10, 0.0);

  private Similarity() {}

  /**
   * The best candidates, best first (score, then text, then id for a stable order); candidates that
   * share nothing are left out.
   */
  public static List<SimilarMatch> rank(
      SimilarSource source,
      List<KeyTerm> sourceTerms,
      Collection<SimilarCandidate> candidates,
      Weights weights,
      int limit) {
    Map<String, String> surfaces = new HashMap<>();
    for (KeyTerm term : sourceTerms) {
      surfaces.put(term.lexeme(), term.surface());
    }
    List<SimilarMatch> matches = new ArrayList<>();
    for (SimilarCandidate candidate : candidates) {
      if (candidate.objectUri().equals(source.objectUri())) {
        continue;
      }
      SimilarMatch match = score(source, surfaces, candidate, weights);
      if (match.score() > 0) {
        matches.add(match);
      }
    }
    matches.sort(
        Comparator.comparingDouble(SimilarMatch::score)
            .reversed()
            .thenComparing(Comparator.comparingDouble(SimilarMatch::text).reversed())
            .thenComparing(m -> m.objectUri().toString()));
    return List.copyOf(matches.subList(0, Math.min(limit, matches.size())));
  }

  static SimilarMatch score(
      SimilarSource source,
      Map<String, String> surfaces,
      SimilarCandidate candidate,
      Weights weights) {
    double text = Math.max(0, Math.min(1, candidate.text()));
    double themes = jaccard(source.themes(), candidate.themes());
    double supportModes = jaccard(source.supportModes(), candidate.supportModes());
    boolean sameChallenge =
        source.answersChallenge() != null
            && source.answersChallenge().equals(candidate.answersChallenge());
    double score =
        weights.text() * text
            + weights.themes() * themes
            + weights.supportModes() * supportModes
            + weights.challenge() * (sameChallenge ? 1 : 0);
    List<String> sharedTerms = new ArrayList<>();
    for (String lexeme : candidate.sharedLexemes()) {
      String surface = surfaces.getOrDefault(lexeme, lexeme);
      if (sharedTerms.size() < EXPLAINED_TERMS && !sharedTerms.contains(surface)) {
        sharedTerms.add(surface);
      }
    }
    return new SimilarMatch(
        candidate.objectUri(),
        score,
        text,
        themes,
        supportModes,
        sameChallenge,
        mostSpecific(intersection(source.themes(), candidate.themes())),
        intersection(source.supportModes(), candidate.supportModes()),
        sharedTerms);
  }

  /** |a ∩ b| / |a ∪ b|, 0 when both are empty. */
  public static double jaccard(Collection<String> a, Collection<String> b) {
    Set<String> union = new LinkedHashSet<>(a);
    union.addAll(b);
    if (union.isEmpty()) {
      return 0;
    }
    return (double) intersection(a, b).size() / union.size();
  }

  /**
   * Taxonomy keys without those that are an ancestor of another one ({@code food} goes when {@code
   * food.access} is there): what an explanation names, and what candidates are looked up by.
   */
  public static List<String> mostSpecific(Collection<String> keys) {
    List<String> kept = new ArrayList<>();
    for (String key : new LinkedHashSet<>(keys)) {
      boolean ancestor = keys.stream().anyMatch(other -> other.startsWith(key + "."));
      if (!ancestor) {
        kept.add(key);
      }
    }
    return kept;
  }

  private static List<String> intersection(Collection<String> a, Collection<String> b) {
    Set<String> other = Set.copyOf(b);
    return new LinkedHashSet<>(a).stream().filter(other::contains).toList();
  }

  /** The strongest {@code count} terms, for the query. */
  public static List<KeyTerm> strongest(List<KeyTerm> terms, int count) {
    Objects.requireNonNull(terms, "terms");
    return terms.stream()
        .sorted(Comparator.comparingDouble(KeyTerm::weight).reversed())
        .limit(count)
        .toList();
  }
}
