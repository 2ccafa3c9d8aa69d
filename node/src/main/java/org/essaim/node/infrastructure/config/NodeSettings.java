// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.essaim.node.application.NodeAddress;
import org.essaim.node.application.NodeMode;
import org.essaim.node.application.SubmissionLimits;
import org.essaim.node.application.federation.labels.NationalActor;
import org.essaim.node.application.opendata.OpenDataLicense;

/**
 * Every configuration key the application reads, in one place. Server-level defaults (ports, base
 * URL, database) are {@code <variable>}s of server.xml; the others are in
 * META-INF/microprofile-config.properties. Any of them can be set through an environment variable
 * (essaim.db.url → ESSAIM_DB_URL).
 */
@ApplicationScoped
public class NodeSettings {

  @Inject
  @ConfigProperty(name = "essaim.base.url")
  String baseUrl;

  @Inject
  @ConfigProperty(name = "essaim.data.dir")
  String dataDir;

  @Inject
  @ConfigProperty(name = "essaim.db.url")
  String databaseUrl;

  @Inject
  @ConfigProperty(name = "essaim.db.user")
  String databaseUser;

  @Inject
  @ConfigProperty(name = "essaim.db.password")
  String databasePassword;

  @Inject
  @ConfigProperty(name = "essaim.db.embedded.port")
  int embeddedDatabasePort;

  @Inject
  @ConfigProperty(name = "essaim.admin.username")
  String adminUsername;

  @Inject
  @ConfigProperty(name = "essaim.admin.password")
  Optional<String> adminPassword;

  @Inject
  @ConfigProperty(name = "essaim.node.mode")
  String nodeMode;

  @Inject
  @ConfigProperty(name = "essaim.federation.national-actor")
  Optional<String> nationalActor;

  @Inject
  @ConfigProperty(name = "essaim.territory.name")
  String territoryName;

  @Inject
  @ConfigProperty(name = "essaim.territory.country")
  String territoryCountry;

  @Inject
  @ConfigProperty(name = "essaim.territory.timezone")
  String territoryTimeZone;

  @Inject
  @ConfigProperty(name = "essaim.dreams.submissions.max")
  int dreamSubmissionsMax;

  @Inject
  @ConfigProperty(name = "essaim.dreams.submissions.window")
  String dreamSubmissionsWindow;

  @Inject
  @ConfigProperty(name = "essaim.http.forwarded.trusted")
  boolean forwardedTrusted;

  @Inject
  @ConfigProperty(name = "essaim.federation.key-figures.interval")
  String keyFiguresInterval;

  @Inject
  @ConfigProperty(name = "essaim.open-data.license")
  String openDataLicense;

  /** How public dream submissions are throttled per client address. */
  // Dependent scope: a record cannot be proxied, and it is immutable anyway.
  @Produces
  public SubmissionLimits submissionLimits() {
    return new SubmissionLimits(
        dreamSubmissionsMax, Duration.parse(dreamSubmissionsWindow), forwardedTrusted);
  }

  /** The licence of the aggregator's open data, for items without their own. */
  @Produces
  public OpenDataLicense openDataLicense() {
    return new OpenDataLicense(openDataLicense);
  }

  /** Territory node or national aggregator. */
  @Produces
  public NodeMode nodeMode() {
    return NodeMode.parse(nodeMode);
  }

  /**
   * The national association's actor whose label attestations this node trusts; empty = none.
   *
   * @throws IllegalArgumentException when it is not an absolute http(s) address, naming the key
   */
  @Produces
  public NationalActor nationalActor() {
    return new NationalActor(nationalActor.filter(s -> !s.isBlank()).map(NodeSettings::actorUri));
  }

  static URI actorUri(String value) {
    try {
      URI uri = new URI(value.strip());
      if (uri.isAbsolute()
          && uri.getHost() != null
          && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
        return uri;
      }
    } catch (java.net.URISyntaxException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        "essaim.federation.national-actor must be an actor address (https://…), not \""
            + value
            + "\"");
  }

  /** The node's public address, for the application (calendar UIDs). */
  @Produces
  public NodeAddress nodeAddress() {
    return new NodeAddress(baseUrl());
  }

  /** The node's public address: its ActivityPub identity once it federates. */
  public URI baseUrl() {
    return URI.create(baseUrl);
  }

  /** Where the node keeps its files (the embedded database among them). */
  public Path dataDir() {
    return Path.of(dataDir);
  }

  public String databaseUrl() {
    return databaseUrl;
  }

  public String databaseUser() {
    return databaseUser;
  }

  public String databasePassword() {
    return databasePassword;
  }

  public int embeddedDatabasePort() {
    return embeddedDatabasePort;
  }

  /** The JDBC URL of the embedded server; essaim.db.url defaults to it. */
  public String embeddedDatabaseUrl() {
    return "jdbc:postgresql://127.0.0.1:" + embeddedDatabasePort + "/essaim";
  }

  /** True when the database URL is left at its default: the node then runs its own PostgreSQL. */
  public boolean usesEmbeddedDatabase() {
    return embeddedDatabaseUrl().equals(databaseUrl);
  }

  public String adminUsername() {
    return adminUsername;
  }

  public Optional<String> adminPassword() {
    return adminPassword;
  }

  public String territoryName() {
    return territoryName;
  }

  public String territoryCountry() {
    return territoryCountry;
  }

  public ZoneId territoryTimeZone() {
    return ZoneId.of(territoryTimeZone);
  }

  /**
   * How often a territory node recomputes its key figures and publishes them if they changed
   * ({@code essaim.federation.key-figures.interval}, an ISO-8601 duration of at least a minute).
   */
  public Duration keyFiguresInterval() {
    String key = "essaim.federation.key-figures.interval";
    Duration interval;
    try {
      interval = Duration.parse(keyFiguresInterval.strip());
    } catch (RuntimeException e) {
      throw new IllegalStateException(key + " must be an ISO-8601 duration such as PT1H", e);
    }
    if (interval.compareTo(Duration.ofMinutes(1)) < 0) {
      throw new IllegalStateException(key + " must be at least PT1M, not " + keyFiguresInterval);
    }
    return interval;
  }
}
