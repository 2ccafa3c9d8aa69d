// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Synchroniser tokens against cross-site request forgery: one random token per HTTP session,
 * written into every state-changing form as the hidden field {@value #FIELD} and compared, in
 * constant time, when the form comes back. A request from another site cannot read it.
 */
public final class CsrfTokens {

  public static final String FIELD = "_csrf";
  private static final String ATTRIBUTE = CsrfTokens.class.getName();
  private static final SecureRandom RANDOM = new SecureRandom();

  private CsrfTokens() {}

  /** The session's token, created with the session when there is none yet. */
  public static String token(HttpServletRequest request) {
    HttpSession session = request.getSession(true);
    synchronized (session) {
      if (session.getAttribute(ATTRIBUTE) instanceof String token) {
        return token;
      }
      byte[] bytes = new byte[32];
      RANDOM.nextBytes(bytes);
      String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      session.setAttribute(ATTRIBUTE, token);
      return token;
    }
  }

  /** Replaces the session's token (at login: a token seen before it is worth nothing after). */
  public static void renew(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(ATTRIBUTE);
    }
  }

  /** Whether the form's token is the session's (false without a session or a token). */
  public static boolean valid(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    String sent = request.getParameter(FIELD);
    if (session == null || sent == null) {
      return false;
    }
    Object expected;
    try {
      expected = session.getAttribute(ATTRIBUTE);
    } catch (IllegalStateException invalidated) {
      return false;
    }
    return expected instanceof String token
        && MessageDigest.isEqual(
            token.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
  }
}
