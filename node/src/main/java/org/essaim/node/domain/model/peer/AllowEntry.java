// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.peer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;

/** An allow-list entry: in {@link NetworkMode#ALLOW_LIST} mode, the actor or host is admitted. */
@Entity
@Table(name = "federation_allow_entry")
public class AllowEntry {

  @Id
  @Column(name = "id")
  private UUID id;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 8)
  private PeerMatch.Kind kind;

  @Column(name = "value", nullable = false)
  private String value;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected AllowEntry() {}

  public AllowEntry(UUID id, PeerMatch target, Instant now) {
    this.id = Objects.requireNonNull(id, "id");
    this.kind = target.kind();
    this.value = target.value();
    this.createdAt = now.atOffset(ZoneOffset.UTC);
  }

  public UUID id() {
    return id;
  }

  public PeerMatch target() {
    return new PeerMatch(kind, value);
  }

  public Instant createdAt() {
    return createdAt.toInstant();
  }
}
