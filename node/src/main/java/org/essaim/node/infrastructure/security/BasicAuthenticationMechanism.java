// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.stream.Collectors;
import org.essaim.node.application.AccountService;
import org.essaim.node.application.AccountView;
import org.essaim.node.domain.model.account.Role;
import org.essaim.node.interfaces.rest.problem.ProblemDetail;
import org.essaim.node.interfaces.rest.problem.ProblemResponse;
import org.essaim.node.interfaces.rest.problem.Problems;

/**
 * HTTP Basic authentication (RFC 7617) whose refusals are problem+json documents like every other
 * error of the node. Credentials, when sent, are always checked; a protected resource without them
 * is answered with a challenge. Outside the API, a team member signed in through the web
 * interface's login form ({@link SessionLogin}) is recognised from the session: Jakarta Security 3
 * allows one mechanism per application, so both ways live here.
 */
@ApplicationScoped
public class BasicAuthenticationMechanism implements HttpAuthenticationMechanism {

  private static final String PREFIX = "Basic ";

  @Inject IdentityStoreHandler identityStores;
  @Inject AccountService accounts;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Optional<UsernamePasswordCredential> credential =
        credential(request.getHeader("Authorization"));
    if (credential.isPresent()) {
      CredentialValidationResult result = identityStores.validate(credential.get());
      if (result.getStatus() == CredentialValidationResult.Status.VALID) {
        return context.notifyContainerAboutLogin(result);
      }
      return challenge(response, context);
    }
    if (!SessionLogin.isApi(request)) {
      Optional<SessionLogin.Identity> signedIn = SessionLogin.of(request);
      if (signedIn.isPresent()) {
        // Checked on every request: a disabled account's sessions end at once, new roles apply.
        Optional<AccountView> account = accounts.active(signedIn.get().username());
        if (account.isPresent()) {
          return context.notifyContainerAboutLogin(
              account.get().username(),
              account.get().roles().stream().map(Role::securityName).collect(Collectors.toSet()));
        }
        SessionLogin.signOut(request);
      }
    }
    return context.isProtected() ? challenge(response, context) : context.doNothing();
  }

  private static AuthenticationStatus challenge(
      HttpServletResponse response, HttpMessageContext context) {
    ProblemResponse problem = Problems.forStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    problem.headers().forEach(response::setHeader);
    response.setContentType(ProblemDetail.MEDIA_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    try {
      response.getWriter().write(Problems.toJson(problem.problem()));
    } catch (IOException e) {
      // The client went away; the status is all it could have read anyway.
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  /** The username and password of an Authorization: Basic header, if well formed. */
  static Optional<UsernamePasswordCredential> credential(String authorization) {
    if (authorization == null
        || !authorization.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
      return Optional.empty();
    }
    String decoded;
    try {
      decoded =
          new String(
              Base64.getDecoder().decode(authorization.substring(PREFIX.length()).strip()),
              StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return Optional.of(new UsernamePasswordCredential("", ""));
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return Optional.of(new UsernamePasswordCredential("", ""));
    }
    return Optional.of(
        new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
  }
}
