// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web.account;

import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.essaim.node.application.RateLimiter;
import org.essaim.node.application.SubmissionLimits;
import org.essaim.node.application.TooManyRequestsException;
import org.essaim.node.infrastructure.security.SessionLogin;
import org.essaim.node.interfaces.rest.dream.ClientAddress;
import org.essaim.node.interfaces.web.CsrfTokens;
import org.essaim.node.interfaces.web.Languages;
import org.essaim.node.interfaces.web.WebMessages;
import org.essaim.node.interfaces.web.WebPage;

/**
 * {@code /login}: the sign-in form for team members (GET) and its check (POST). A success starts a
 * fresh session and goes to {@code next} (a path of this site) or the team's page.
 */
@WebServlet("/login")
public class LoginServlet extends WebPage {

  private static final long serialVersionUID = 1L;
  private static final int MAX_FIELD = 256;

  /** Password guessing: at most this many sign-in attempts per client address in the window. */
  static final int MAX_ATTEMPTS = 20;

  static final Duration ATTEMPT_WINDOW = Duration.ofMinutes(10);

  @Inject transient IdentityStoreHandler identityStores;
  @Inject transient SubmissionLimits limits;
  @Inject transient Clock clock;
  private final transient RateLimiter attempts = new RateLimiter(MAX_ATTEMPTS, ATTEMPT_WINDOW);

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    show(request, response, HttpServletResponse.SC_OK, "", null);
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Locale locale = Languages.of(request);
    String username = trimmed(request.getParameter("username"));
    String password = request.getParameter("password");
    if (!CsrfTokens.valid(request)) {
      show(
          request,
          response,
          HttpServletResponse.SC_FORBIDDEN,
          username,
          WebMessages.text(locale, "form.error.csrf"));
      return;
    }
    try {
      attempts.acquire(ClientAddress.of(request, limits), clock.instant());
    } catch (TooManyRequestsException e) {
      response.setHeader("Retry-After", Long.toString(e.retryAfterSeconds()));
      show(request, response, 429, username, WebMessages.text(locale, "login.tooMany"));
      return;
    }
    if (username.isEmpty()
        || password == null
        || password.isEmpty()
        || password.length() > MAX_FIELD) {
      show(
          request,
          response,
          HttpServletResponse.SC_UNAUTHORIZED,
          username,
          WebMessages.text(locale, "login.error"));
      return;
    }
    CredentialValidationResult result =
        identityStores.validate(new UsernamePasswordCredential(username, password));
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      // The same words whether the account exists or not.
      show(
          request,
          response,
          HttpServletResponse.SC_UNAUTHORIZED,
          username,
          WebMessages.text(locale, "login.error"));
      return;
    }
    SessionLogin.signIn(request, result.getCallerPrincipal().getName(), result.getCallerGroups());
    CsrfTokens.renew(request);
    redirect(request, response, localPath(request.getParameter("next"), "/team"));
  }

  private void show(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      String username,
      String error)
      throws IOException {
    Map<String, Object> model = new HashMap<>();
    model.put("section", "login");
    model.put("username", username);
    model.put("next", localPath(request.getParameter("next"), "/team"));
    model.put("csrf", CsrfTokens.token(request));
    if (error != null) {
      model.put("loginError", error);
    }
    render(request, response, status, "login", model);
  }

  private static String trimmed(String value) {
    if (value == null) {
      return "";
    }
    String stripped = value.strip();
    return stripped.length() > MAX_FIELD ? stripped.substring(0, MAX_FIELD) : stripped;
  }
}
