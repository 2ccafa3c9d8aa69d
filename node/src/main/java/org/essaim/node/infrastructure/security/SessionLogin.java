// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Optional;
import java.util.Set;

/**
 * A team member signed in through the web interface's login form: who, with which roles, kept in
 * the HTTP session. Only the HTML pages honour it ({@link BasicAuthenticationMechanism}); the API
 * under /api keeps asking for HTTP Basic on every call, so a session cookie can never be used to
 * forge an API write from another site.
 */
public final class SessionLogin {

  private static final String ATTRIBUTE = SessionLogin.class.getName();

  /** What the session holds about the signed-in member. */
  public record Identity(String username, Set<String> groups) implements Serializable {
    public Identity {
      groups = Set.copyOf(groups);
    }
  }

  private SessionLogin() {}

  /**
   * Records a successful login in a fresh session id (the one seen before login, perhaps planted by
   * someone else, is retired: session fixation).
   */
  public static void signIn(HttpServletRequest request, String username, Set<String> groups) {
    request.getSession(true);
    request.changeSessionId();
    request.getSession().setAttribute(ATTRIBUTE, new Identity(username, groups));
  }

  /** Ends the session as a whole (its CSRF token with it). */
  public static void signOut(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
  }

  /** The member signed in through the form, if any; never creates a session. */
  public static Optional<Identity> of(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return Optional.empty();
    }
    try {
      return session.getAttribute(ATTRIBUTE) instanceof Identity identity
          ? Optional.of(identity)
          : Optional.empty();
    } catch (IllegalStateException invalidated) {
      return Optional.empty();
    }
  }

  /** Whether the request is for the JSON API, which only takes HTTP Basic. */
  static boolean isApi(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.equals("/api") || path.startsWith("/api/");
  }
}
