// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.federation;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The shared inbox ({@code /inbox}): published in the actors, receiving nothing yet (501). */
@WebServlet(FederationUrls.SHARED_INBOX_PATH)
public class SharedInboxServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    FederationResponses.methodNotAllowed(response, FederationResponses.INBOX_METHODS);
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    FederationResponses.notImplemented(response);
  }

  @Override
  protected void doOptions(HttpServletRequest request, HttpServletResponse response) {
    FederationResponses.options(response, FederationResponses.INBOX_METHODS);
  }
}
