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
import java.util.Optional;
import java.util.UUID;

/** A block: nothing is accepted from, nor sent to, the actor or host it designates. */
@Entity
@Table(name = "federation_block")
public class PeerBlock {

  @Id
  @Column(name = "id")
  private UUID id;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 8)
  private PeerMatch.Kind kind;

  @Column(name = "value", nullable = false)
  private String value;

  @Column(name = "reason")
  private String reason;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "created_by", nullable = false, length = 64)
  private String createdBy;

  protected PeerBlock() {}

  public PeerBlock(UUID id, PeerMatch target, String reason, String by, Instant now) {
    this.id = Objects.requireNonNull(id, "id");
    this.kind = target.kind();
    this.value = target.value();
    this.reason = reason == null || reason.isBlank() ? null : reason.strip();
    this.createdBy = Objects.requireNonNull(by, "by");
    this.createdAt = now.atOffset(ZoneOffset.UTC);
  }

  public UUID id() {
    return id;
  }

  public PeerMatch target() {
    return new PeerMatch(kind, value);
  }

  public Optional<String> reason() {
    return Optional.ofNullable(reason);
  }

  public Instant createdAt() {
    return createdAt.toInstant();
  }

  public String createdBy() {
    return createdBy;
  }
}
