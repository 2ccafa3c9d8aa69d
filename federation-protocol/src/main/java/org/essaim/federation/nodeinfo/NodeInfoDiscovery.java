// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.nodeinfo;

import static org.essaim.federation.nodeinfo.NodeInfoJson.optionalString;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code /.well-known/nodeinfo} document: links whose relation names a NodeInfo schema version
 * and whose {@code href} is where that document lives. Links with other relations are kept, so that
 * a document read and written again loses nothing.
 *
 * @param links the links in document order
 */
public record NodeInfoDiscovery(List<Link> links) {
  /** The well-known path of the discovery document. */
  public static final String WELL_KNOWN_PATH = "/.well-known/nodeinfo";

  public static final String SCHEMA_2_0 = "http://nodeinfo.diaspora.software/ns/schema/2.0";
  public static final String SCHEMA_2_1 = "http://nodeinfo.diaspora.software/ns/schema/2.1";

  /**
   * One link.
   *
   * @param rel relation, normally a schema URI
   * @param href where the document is
   */
  public record Link(String rel, URI href) {
    public Link {
      Objects.requireNonNull(rel, "rel");
      Objects.requireNonNull(href, "href");
    }
  }

  public NodeInfoDiscovery {
    links = List.copyOf(links);
  }

  /** The discovery document of a server that publishes NodeInfo 2.1 at {@code href}. */
  public static NodeInfoDiscovery of21(URI href) {
    return new NodeInfoDiscovery(List.of(new Link(SCHEMA_2_1, href)));
  }

  public static NodeInfoDiscovery parse(String json) {
    return fromJson(NodeInfoJson.read(json));
  }

  public static NodeInfoDiscovery parse(InputStream json) {
    return fromJson(NodeInfoJson.read(json));
  }

  public static NodeInfoDiscovery fromJson(JsonObject json) {
    if (!(json.get("links") instanceof JsonArray array)) {
      throw new MalformedNodeInfoException("The discovery document needs a links array");
    }
    List<Link> links = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      String where = "links[" + i + "]";
      if (!(array.get(i) instanceof JsonObject link)) {
        throw new MalformedNodeInfoException(where + " must be an object");
      }
      String rel = optionalString(link, "rel", where + ".rel");
      String href = optionalString(link, "href", where + ".href");
      if (rel == null || href == null) {
        throw new MalformedNodeInfoException(where + " needs rel and href");
      }
      links.add(new Link(rel, absolute(href, where + ".href")));
    }
    return new NodeInfoDiscovery(links);
  }

  public JsonObject toJson() {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (Link link : links) {
      array.add(
          Json.createObjectBuilder().add("rel", link.rel()).add("href", link.href().toString()));
    }
    return Json.createObjectBuilder().add("links", array).build();
  }

  /** Where the document of the given schema relation is, if listed. */
  public Optional<URI> href(String schema) {
    return links.stream().filter(l -> l.rel().equals(schema)).map(Link::href).findFirst();
  }

  /** The newest supported NodeInfo document: 2.1 if listed, else 2.0. */
  public Optional<URI> preferred() {
    return href(SCHEMA_2_1).or(() -> href(SCHEMA_2_0));
  }

  private static URI absolute(String href, String where) {
    try {
      URI uri = new URI(href);
      if (uri.isAbsolute() && uri.getHost() != null) {
        return uri;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    throw new MalformedNodeInfoException(where + " must be an absolute URL");
  }
}
