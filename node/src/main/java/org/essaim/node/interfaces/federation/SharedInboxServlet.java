// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.federation;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The shared inbox ({@code /inbox}): receives signed activities (POST) through the inbox pipeline,
 * like the two actors' own inboxes.
 */
@WebServlet(FederationUrls.SHARED_INBOX_PATH)
public class SharedInboxServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject transient InboxEndpoint inbox;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    FederationResponses.methodNotAllowed(response, FederationResponses.INBOX_METHODS);
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    inbox.receive(FederationUrls.SHARED_INBOX_PATH, request, response);
  }

  @Override
  protected void doOptions(HttpServletRequest request, HttpServletResponse response) {
    FederationResponses.options(response, FederationResponses.INBOX_METHODS);
  }
}
