// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.web.national;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import org.essaim.node.application.StaleVersionException;
import org.essaim.node.application.registry.RegistryService;
import org.essaim.node.application.registry.TerritoryEntryView;
import org.essaim.node.interfaces.web.CsrfTokens;
import org.essaim.node.interfaces.web.Languages;
import org.essaim.node.interfaces.web.WebMessages;

/**
 * {@code /registry/removal/12} on the aggregator (administrators): asks to confirm, then removes a
 * territory from the registry; the aggregator unfollows it and its label attestation goes. The same
 * service as {@code DELETE /api/admin/registry/territories/12}.
 */
@WebServlet("/registry/removal/*")
public class RegistryRemovalServlet extends NationalPage {

  private static final long serialVersionUID = 1L;

  @Inject transient RegistryService registry;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!requireAdmin(request, response)) {
      return;
    }
    long id = idFromPath(request);
    if (id < 0) {
      error(request, response, HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    show(request, response, HttpServletResponse.SC_OK, registry.get(id), null);
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    long id = idFromPath(request);
    if (!requireAdmin(request, response)) {
      return;
    }
    if (id < 0) {
      error(request, response, HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    TerritoryEntryView entry = registry.get(id);
    if (!acceptAdminPost(
        request, response, (code, formError) -> show(request, response, code, entry, formError))) {
      return;
    }
    long version = formNumber(request, "version");
    if (version < 0) {
      error(request, response, HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    try {
      registry.remove(id, OptionalLong.of(version));
    } catch (StaleVersionException e) {
      show(
          request,
          response,
          HttpServletResponse.SC_CONFLICT,
          registry.get(id),
          WebMessages.text(Languages.of(request), "national.removal.stale"));
      return;
    }
    redirect(request, response, "/registry?done=removed");
  }

  private void show(
      HttpServletRequest request,
      HttpServletResponse response,
      int code,
      TerritoryEntryView entry,
      String formError)
      throws IOException {
    Map<String, Object> model = new HashMap<>();
    model.put("section", "registry");
    model.put("entry", entry);
    model.put("csrf", CsrfTokens.token(request));
    if (formError != null) {
      model.put("formError", formError);
    }
    render(request, response, code, "national-registry-remove", model);
  }
}
