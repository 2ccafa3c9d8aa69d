// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.federation;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.essaim.federation.nodeinfo.NodeInfo;
import org.essaim.federation.nodeinfo.NodeInfoDiscovery;

/**
 * NodeInfo: the discovery document at {@code /.well-known/nodeinfo}, linking the NodeInfo 2.1
 * document at {@code /nodeinfo/2.1}.
 */
@WebServlet({NodeInfoDiscovery.WELL_KNOWN_PATH, FederationUrls.NODEINFO_PATH})
public class NodeInfoServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject transient FederationDirectory directory;

  private transient String version;

  @Override
  public void init() {
    version = version(getServletContext());
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (NodeInfoDiscovery.WELL_KNOWN_PATH.equals(request.getServletPath())) {
      FederationResponses.body(
          response,
          "application/json",
          NodeInfoDiscovery.of21(directory.urls().nodeInfo())
              .toJson()
              .toString()
              .getBytes(StandardCharsets.UTF_8),
          FederationResponses.CACHE_LONG);
    } else {
      FederationResponses.body(
          response,
          NodeInfo.MEDIA_TYPE_2_1,
          directory.nodeInfo(version).toJson().toString().getBytes(StandardCharsets.UTF_8),
          FederationResponses.CACHE_LONG);
    }
  }

  @Override
  protected void doOptions(HttpServletRequest request, HttpServletResponse response) {
    FederationResponses.options(response, FederationResponses.READ_METHODS);
  }

  /**
   * The project version: {@code version.properties}, filled in by the build; else the Maven
   * descriptor of a packaged war; else "unknown".
   */
  static String version(ServletContext context) {
    String built =
        read(NodeInfoServlet.class.getResourceAsStream("/org/essaim/node/version.properties"));
    if (built != null && !built.startsWith("${")) {
      return built;
    }
    String packaged =
        read(context.getResourceAsStream("/META-INF/maven/org.essaim/node/pom.properties"));
    return packaged != null ? packaged : "unknown";
  }

  private static String read(InputStream in) {
    if (in == null) {
      return null;
    }
    try (in) {
      Properties properties = new Properties();
      properties.load(in);
      String version = properties.getProperty("version");
      return version == null || version.isBlank() ? null : version.strip();
    } catch (IOException e) {
      return null;
    }
  }
}
