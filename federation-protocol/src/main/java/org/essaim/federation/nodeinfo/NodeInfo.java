// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.nodeinfo;

import static org.essaim.federation.nodeinfo.NodeInfoJson.absent;
import static org.essaim.federation.nodeinfo.NodeInfoJson.object;
import static org.essaim.federation.nodeinfo.NodeInfoJson.optionalCount;
import static org.essaim.federation.nodeinfo.NodeInfoJson.optionalUri;
import static org.essaim.federation.nodeinfo.NodeInfoJson.string;
import static org.essaim.federation.nodeinfo.NodeInfoJson.strings;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A NodeInfo document, schema 2.0 or 2.1 (nodeinfo.diaspora.software). Reading follows the schema
 * on what must be there ({@code version}, {@code software.name} and {@code .version}, a non-empty
 * {@code protocols}, {@code openRegistrations}, {@code usage.users}) and tolerates a missing {@code
 * services} or {@code metadata}, which several servers omit. Protocol and service names are kept as
 * strings rather than checked against the schema's lists, which lag behind the software.
 *
 * @param version {@code 2.0} or {@code 2.1}
 * @param software the server software
 * @param protocols protocols spoken, at least one
 * @param services third-party services the server can talk to
 * @param openRegistrations whether anyone can sign up
 * @param usage usage statistics
 * @param metadata free-form metadata, never null
 */
public record NodeInfo(
    String version,
    Software software,
    List<String> protocols,
    Services services,
    boolean openRegistrations,
    Usage usage,
    JsonObject metadata) {

  public static final String VERSION_2_0 = "2.0";
  public static final String VERSION_2_1 = "2.1";

  /** The media type of a NodeInfo 2.1 document, with its profile. */
  public static final String MEDIA_TYPE_2_1 =
      "application/json; profile=\"http://nodeinfo.diaspora.software/ns/schema/2.1#\"";

  private static final Pattern SOFTWARE_NAME = Pattern.compile("[a-z0-9-]+");

  public NodeInfo {
    if (!VERSION_2_0.equals(version) && !VERSION_2_1.equals(version)) {
      throw new MalformedNodeInfoException(
          "Only NodeInfo 2.0 and 2.1 are supported, not " + quoted(version));
    }
    Objects.requireNonNull(software, "software");
    protocols = List.copyOf(protocols);
    if (protocols.isEmpty()) {
      throw new MalformedNodeInfoException("NodeInfo needs at least one protocol");
    }
    services = services == null ? new Services(List.of(), List.of()) : services;
    usage = usage == null ? new Usage(null, null, null, null, null) : usage;
    metadata = metadata == null ? JsonValue.EMPTY_JSON_OBJECT : metadata;
  }

  /**
   * The server software. {@code repository} and {@code homepage} exist from schema 2.1 on.
   *
   * @param name canonical name, {@code [a-z0-9-]+}
   * @param version version string, free form
   * @param repository source code repository, or null
   * @param homepage project home page, or null
   */
  public record Software(String name, String version, URI repository, URI homepage) {
    public Software {
      if (name == null || !SOFTWARE_NAME.matcher(name).matches()) {
        throw new MalformedNodeInfoException(
            "software.name must match ^[a-z0-9-]+$, not " + quoted(name));
      }
      Objects.requireNonNull(version, "version");
    }
  }

  /**
   * Third-party sites the server can import from ({@code inbound}) or publish to ({@code
   * outbound}).
   */
  public record Services(List<String> inbound, List<String> outbound) {
    public Services {
      inbound = List.copyOf(inbound);
      outbound = List.copyOf(outbound);
    }
  }

  /**
   * Usage statistics; any figure may be unknown (null).
   *
   * @param usersTotal registered users
   * @param usersActiveHalfyear users active in the last 180 days
   * @param usersActiveMonth users active in the last 30 days
   * @param localPosts posts made by local users
   * @param localComments comments made by local users
   */
  public record Usage(
      Long usersTotal,
      Long usersActiveHalfyear,
      Long usersActiveMonth,
      Long localPosts,
      Long localComments) {
    public Usage {
      for (Long count :
          new Long[] {
            usersTotal, usersActiveHalfyear, usersActiveMonth, localPosts, localComments
          }) {
        if (count != null && count < 0) {
          throw new MalformedNodeInfoException("Usage figures cannot be negative");
        }
      }
    }
  }

  public static NodeInfo parse(String json) {
    return fromJson(NodeInfoJson.read(json));
  }

  public static NodeInfo parse(InputStream json) {
    return fromJson(NodeInfoJson.read(json));
  }

  public static NodeInfo fromJson(JsonObject json) {
    String version = string(json, "version", "version");
    JsonObject software = object(json, "software", "software");
    Software sw =
        new Software(
            string(software, "name", "software.name"),
            string(software, "version", "software.version"),
            optionalUri(software, "repository", "software.repository"),
            optionalUri(software, "homepage", "software.homepage"));
    List<String> protocols = strings(json, "protocols", "protocols", true);
    Services services = new Services(List.of(), List.of());
    if (!absent(json, "services")) {
      JsonObject s = object(json, "services", "services");
      services =
          new Services(
              strings(s, "inbound", "services.inbound", false),
              strings(s, "outbound", "services.outbound", false));
    }
    JsonValue open = json.get("openRegistrations");
    if (open == null
        || (open.getValueType() != JsonValue.ValueType.TRUE
            && open.getValueType() != JsonValue.ValueType.FALSE)) {
      throw new MalformedNodeInfoException("openRegistrations must be true or false");
    }
    JsonObject usage = object(json, "usage", "usage");
    JsonObject users = object(usage, "users", "usage.users");
    Usage u =
        new Usage(
            optionalCount(users, "total", "usage.users.total"),
            optionalCount(users, "activeHalfyear", "usage.users.activeHalfyear"),
            optionalCount(users, "activeMonth", "usage.users.activeMonth"),
            optionalCount(usage, "localPosts", "usage.localPosts"),
            optionalCount(usage, "localComments", "usage.localComments"));
    JsonObject metadata =
        absent(json, "metadata")
            ? JsonValue.EMPTY_JSON_OBJECT
            : object(json, "metadata", "metadata");
    return new NodeInfo(
        version,
        sw,
        protocols,
        services,
        open.getValueType() == JsonValue.ValueType.TRUE,
        u,
        metadata);
  }

  /** The JSON form in schema order; 2.0 documents leave out the 2.1-only software members. */
  public JsonObject toJson() {
    JsonObjectBuilder sw =
        Json.createObjectBuilder().add("name", software.name()).add("version", software.version());
    if (VERSION_2_1.equals(version)) {
      if (software.repository() != null) {
        sw.add("repository", software.repository().toString());
      }
      if (software.homepage() != null) {
        sw.add("homepage", software.homepage().toString());
      }
    }
    JsonObjectBuilder users = Json.createObjectBuilder();
    addCount(users, "total", usage.usersTotal());
    addCount(users, "activeHalfyear", usage.usersActiveHalfyear());
    addCount(users, "activeMonth", usage.usersActiveMonth());
    JsonObjectBuilder u = Json.createObjectBuilder().add("users", users);
    addCount(u, "localPosts", usage.localPosts());
    addCount(u, "localComments", usage.localComments());
    return Json.createObjectBuilder()
        .add("version", version)
        .add("software", sw)
        .add("protocols", Json.createArrayBuilder(protocols))
        .add(
            "services",
            Json.createObjectBuilder()
                .add("inbound", Json.createArrayBuilder(services.inbound()))
                .add("outbound", Json.createArrayBuilder(services.outbound())))
        .add("openRegistrations", openRegistrations)
        .add("usage", u)
        .add("metadata", metadata)
        .build();
  }

  private static void addCount(JsonObjectBuilder out, String name, Long value) {
    if (value != null) {
      out.add(name, value);
    }
  }

  private static String quoted(String value) {
    return value == null ? "(none)" : "'" + value + "'";
  }
}
