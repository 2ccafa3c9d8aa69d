// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation.publishing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.essaim.node.domain.shared.Visibility;

/**
 * What this territory last published of one shared object (table of V104; kinds widened by V140).
 */
@Entity
@Table(name = "federation_published_object")
public class PublishedObject {

  @Id
  @Column(name = "object_uri", nullable = false)
  private String objectUri;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 40)
  private PublishedKind kind;

  @Column(name = "local_id", nullable = false)
  private long localId;

  @Enumerated(EnumType.STRING)
  @Column(name = "audience", nullable = false, length = 32)
  private Visibility audience;

  @Column(name = "document_hash", nullable = false, length = 64)
  private String documentHash;

  @Column(name = "document", nullable = false)
  private String document;

  @Column(name = "last_activity_uri", nullable = false)
  private String lastActivityUri;

  @Column(name = "deleted", nullable = false)
  private boolean deleted;

  @Column(name = "first_published_at", nullable = false)
  private OffsetDateTime firstPublishedAt;

  @Column(name = "last_published_at", nullable = false)
  private OffsetDateTime lastPublishedAt;

  @Column(name = "deleted_at")
  private OffsetDateTime deletedAt;

  protected PublishedObject() {}

  PublishedObject(URI objectUri, PublishedKind kind, long localId, Instant now) {
    this.objectUri = objectUri.toString();
    this.kind = kind;
    this.localId = localId;
    this.firstPublishedAt = now.atOffset(ZoneOffset.UTC);
  }

  /** Records a Create or Update: the document now served at the address. */
  void published(Visibility audience, String hash, String document, URI activity, Instant now) {
    this.audience = audience;
    this.documentHash = hash;
    this.document = document;
    this.lastActivityUri = activity.toString();
    this.deleted = false;
    this.deletedAt = null;
    this.lastPublishedAt = now.atOffset(ZoneOffset.UTC);
  }

  /** Records a Delete: the address answers 410 with this Tombstone from now on. */
  void deleted(String tombstone, URI activity, Instant now) {
    this.document = tombstone;
    this.documentHash = "deleted";
    this.lastActivityUri = activity.toString();
    this.deleted = true;
    this.deletedAt = now.atOffset(ZoneOffset.UTC);
    this.lastPublishedAt = this.deletedAt;
  }

  public URI objectUri() {
    return URI.create(objectUri);
  }

  public PublishedKind kind() {
    return kind;
  }

  public long localId() {
    return localId;
  }

  public Visibility audience() {
    return audience;
  }

  /** The fingerprint of what is shared now; empty once deleted. */
  public Optional<String> liveHash() {
    return deleted ? Optional.empty() : Optional.of(documentHash);
  }

  public String document() {
    return document;
  }

  public boolean isDeleted() {
    return deleted;
  }

  public Instant firstPublishedAt() {
    return firstPublishedAt.toInstant();
  }
}
