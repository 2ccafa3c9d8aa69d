// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.federation.follow;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.essaim.federation.webfinger.AcctUri;
import org.essaim.federation.webfinger.MalformedAcctUriException;
import org.essaim.node.application.FieldError;
import org.essaim.node.application.InvalidInputException;
import org.essaim.node.domain.model.peer.PeerMatch;
import org.essaim.node.domain.shared.DomainRuleViolation;

/**
 * What an administrator asks to follow: a handle ({@code acct:user@host}, {@code @user@host} or
 * {@code user@host}), looked up by WebFinger, or an actor address ({@code https://…}).
 *
 * @param acct the handle, when one was given
 * @param actor the actor address, when one was given
 */
public record FollowTarget(Optional<AcctUri> acct, Optional<URI> actor) {

  static final String FIELD = "target";

  /**
   * Reads the target.
   *
   * @throws InvalidInputException naming {@code target} when it is neither
   */
  public static FollowTarget parse(String target) {
    if (target == null || target.isBlank()) {
      throw invalid("is required: acct:user@host, @user@host or an https:// actor address");
    }
    String t = target.strip();
    if (t.regionMatches(true, 0, "http://", 0, 7) || t.regionMatches(true, 0, "https://", 0, 8)) {
      try {
        return new FollowTarget(Optional.empty(), Optional.of(PeerMatch.actorUri(FIELD, t)));
      } catch (DomainRuleViolation e) {
        throw invalid(e.getMessage());
      }
    }
    int colon = t.indexOf(':');
    int at = t.indexOf('@');
    if (colon >= 0 && !t.regionMatches(true, 0, "acct:", 0, 5) && (at < 0 || colon < at)) {
      throw invalid("must be acct:user@host, @user@host or an https:// actor address");
    }
    try {
      return new FollowTarget(Optional.of(AcctUri.fromHandle(t)), Optional.empty());
    } catch (MalformedAcctUriException e) {
      throw invalid(
          "must be acct:user@host, @user@host or an https:// actor address ("
              + e.getMessage()
              + ")");
    }
  }

  /**
   * Refuses this node's own actors.
   *
   * @throws InvalidInputException when {@code actorId} is one of them
   */
  public static void requireRemote(URI actorId, List<URI> ownActors) {
    if (ownActors.contains(actorId)) {
      throw invalid("is this node's own actor; follow another territory's");
    }
  }

  static InvalidInputException invalid(String message) {
    return new InvalidInputException(List.of(new FieldError(FIELD, message)));
  }
}
