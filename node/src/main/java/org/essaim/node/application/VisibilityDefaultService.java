// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.essaim.node.domain.model.visibility.ShareableKind;
import org.essaim.node.domain.model.visibility.VisibilityDefault;
import org.essaim.node.domain.model.visibility.VisibilityDefaultRepository;
import org.essaim.node.domain.shared.Visibility;

/**
 * The node's visibility policy: the level a new object gets when its author names none. Services
 * that create shareable objects ask {@link #defaultFor}; administrators change it per kind.
 */
@ApplicationScoped
public class VisibilityDefaultService {

  @Inject VisibilityDefaultRepository choices;
  @Inject Clock clock;

  /** The visibility a new object of this kind gets when none is given. */
  @Transactional
  public Visibility defaultFor(ShareableKind kind) {
    return choices.find(kind).map(VisibilityDefault::visibility).orElse(kind.builtInDefault());
  }

  /** Every kind, in the order of {@link ShareableKind}. */
  @Transactional
  public List<VisibilityDefaultView> list() {
    Map<ShareableKind, VisibilityDefault> chosen =
        choices.all().stream()
            .collect(Collectors.toMap(VisibilityDefault::kind, Function.identity()));
    return Arrays.stream(ShareableKind.values())
        .map(
            kind ->
                chosen.containsKey(kind)
                    ? VisibilityDefaultView.of(chosen.get(kind))
                    : VisibilityDefaultView.builtIn(kind))
        .toList();
  }

  @Transactional
  public VisibilityDefaultView get(ShareableKind kind) {
    return choices
        .find(kind)
        .map(VisibilityDefaultView::of)
        .orElseGet(() -> VisibilityDefaultView.builtIn(kind));
  }

  /**
   * Makes {@code visibility} the default of new objects of this kind; objects that exist keep
   * theirs.
   *
   * @param expectedVersion the version the administrator edited (0: the built-in default)
   * @throws StaleVersionException when another administrator changed it in the meantime
   */
  @Transactional
  public VisibilityDefaultView choose(
      ShareableKind kind, Visibility visibility, String by, OptionalLong expectedVersion) {
    VisibilityDefault choice = choices.find(kind).orElse(null);
    StaleVersionException.requireCurrent(expectedVersion, choice == null ? 0 : choice.version());
    if (choice == null) {
      choice = new VisibilityDefault(kind, visibility, by, clock.instant());
      choices.add(choice);
    } else {
      choice.choose(visibility, by, clock.instant());
    }
    choices.flush();
    return VisibilityDefaultView.of(choice);
  }
}
