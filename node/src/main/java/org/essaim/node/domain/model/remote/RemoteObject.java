// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.remote;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A read-only copy of an object a peer territory shared, or its tombstone once the peer deleted it.
 * Only the inbound handlers and the backfill change it; no API writes a copy.
 */
@Entity
@Table(name = "remote_object")
public class RemoteObject {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "object_id", nullable = false, unique = true)
  private String objectId;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false)
  private RemoteObjectKind kind;

  @Column(name = "origin_actor", nullable = false)
  private String originActor;

  @Column(name = "origin_host", nullable = false)
  private String originHost;

  @Column(name = "origin_name")
  private String originName;

  @Enumerated(EnumType.STRING)
  @Column(name = "audience", nullable = false)
  private CopyAudience audience;

  @Column(name = "document")
  private String document;

  @Column(name = "name")
  private String name;

  @Column(name = "summary")
  private String summary;

  @Column(name = "themes")
  private String themes;

  @Column(name = "url")
  private String url;

  @Column(name = "published")
  private OffsetDateTime published;

  @Column(name = "updated")
  private OffsetDateTime updated;

  @Column(name = "announced_by")
  private String announcedBy;

  @Column(name = "received_at", nullable = false)
  private OffsetDateTime receivedAt;

  @Column(name = "refreshed_at", nullable = false)
  private OffsetDateTime refreshedAt;

  @Column(name = "deleted_at")
  private OffsetDateTime deletedAt;

  protected RemoteObject() {
    // for JPA
  }

  /** A new copy. */
  public RemoteObject(URI objectId, URI originActor, CopyContent content, Instant now) {
    this.objectId = objectId.toString();
    this.originActor = originActor.toString();
    this.originHost = host(originActor);
    this.receivedAt = utc(now);
    replace(content, now);
  }

  /** A tombstone for an object deleted before this node saw it created. */
  public static RemoteObject tombstone(
      URI objectId, URI originActor, RemoteObjectKind kind, Instant now) {
    RemoteObject object = new RemoteObject();
    object.objectId = objectId.toString();
    object.originActor = originActor.toString();
    object.originHost = host(originActor);
    object.kind = kind;
    object.audience = CopyAudience.NETWORK;
    object.receivedAt = utc(now);
    object.refreshedAt = utc(now);
    object.deletedAt = utc(now);
    return object;
  }

  /** Replaces the copy by a newer version of the document. */
  public void replace(CopyContent content, Instant now) {
    this.kind = content.kind();
    this.audience = content.audience();
    this.document = content.document();
    this.name = content.name();
    this.summary = content.summary();
    this.themes = content.themes().isEmpty() ? null : String.join(" ", content.themes());
    this.url = content.url() == null ? null : content.url().toString();
    this.published = content.published() == null ? null : utc(content.published());
    this.updated = content.updated() == null ? null : utc(content.updated());
    this.refreshedAt = utc(now);
  }

  /** The peer deleted it: the document and what was shown of it go, the id stays as a tombstone. */
  public void delete(Instant now) {
    this.document = null;
    this.name = null;
    this.summary = null;
    this.themes = null;
    this.url = null;
    this.announcedBy = null;
    this.deletedAt = utc(now);
    this.refreshedAt = utc(now);
  }

  /**
   * Whether {@code candidate} (the {@code updated} time of an incoming version) is newer than this
   * copy: strictly later than the stored one, or dated when the stored one is not.
   */
  public boolean isOlderThan(Instant candidate) {
    if (candidate == null) {
      return false;
    }
    return updated == null || candidate.isAfter(updated.toInstant());
  }

  public void announcedBy(URI actor) {
    this.announcedBy = actor == null ? null : actor.toString();
  }

  public void originName(String value) {
    if (value != null && !value.isBlank()) {
      this.originName = value.strip();
    }
  }

  public Long id() {
    return id;
  }

  public URI objectId() {
    return URI.create(objectId);
  }

  public RemoteObjectKind kind() {
    return kind;
  }

  public URI originActor() {
    return URI.create(originActor);
  }

  public String originHost() {
    return originHost;
  }

  public Optional<String> originName() {
    return Optional.ofNullable(originName);
  }

  public CopyAudience audience() {
    return audience;
  }

  public Optional<String> document() {
    return Optional.ofNullable(document);
  }

  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  public Optional<String> summary() {
    return Optional.ofNullable(summary);
  }

  public List<String> themes() {
    return themes == null ? List.of() : Arrays.asList(themes.split(" "));
  }

  public Optional<URI> url() {
    return Optional.ofNullable(url).map(URI::create);
  }

  public Optional<OffsetDateTime> published() {
    return Optional.ofNullable(published);
  }

  public Optional<OffsetDateTime> updated() {
    return Optional.ofNullable(updated);
  }

  public Optional<URI> announcedBy() {
    return Optional.ofNullable(announcedBy).map(URI::create);
  }

  public OffsetDateTime receivedAt() {
    return receivedAt;
  }

  public OffsetDateTime refreshedAt() {
    return refreshedAt;
  }

  public boolean isDeleted() {
    return deletedAt != null;
  }

  public Optional<OffsetDateTime> deletedAt() {
    return Optional.ofNullable(deletedAt);
  }

  /** The host (with its port when not the default) that identifies a peer node. */
  public static String host(URI actor) {
    String host = actor.getHost() == null ? "" : actor.getHost().toLowerCase(Locale.ROOT);
    return actor.getPort() == -1 ? host : host + ":" + actor.getPort();
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
