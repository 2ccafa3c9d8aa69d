// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.federation;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * host-meta (RFC 6415) at {@code /.well-known/host-meta}: the XRD pointing at the WebFinger
 * template, which some older software still reads first.
 */
@WebServlet("/.well-known/host-meta")
public class HostMetaServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject transient FederationDirectory directory;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String template = directory.urls().webFingerTemplateBase() + "?resource={uri}";
    String xrd =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<XRD xmlns=\"http://docs.oasis-open.org/ns/xri/xrd-1.0\">\n"
            + "  <Link rel=\"lrdd\" type=\"application/jrd+json\" template=\""
            + xmlAttribute(template)
            + "\"/>\n"
            + "</XRD>\n";
    FederationResponses.body(
        response,
        "application/xrd+xml;charset=UTF-8",
        xrd.getBytes(StandardCharsets.UTF_8),
        FederationResponses.CACHE_LONG);
  }

  @Override
  protected void doOptions(HttpServletRequest request, HttpServletResponse response) {
    FederationResponses.options(response, FederationResponses.READ_METHODS);
  }

  static String xmlAttribute(String value) {
    return value
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
