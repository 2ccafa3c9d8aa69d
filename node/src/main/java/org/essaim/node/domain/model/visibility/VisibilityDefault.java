// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.visibility;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import org.essaim.node.domain.shared.Visibility;

/** The administrator's choice of default visibility for one kind of object. */
@Entity
@Table(name = "visibility_default")
public class VisibilityDefault {

  @Id
  @Enumerated(EnumType.STRING)
  @Column(name = "shareable_kind", length = 40)
  private ShareableKind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "visibility", nullable = false, length = 32)
  private Visibility visibility;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Column(name = "updated_by", nullable = false, length = 64)
  private String updatedBy;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected VisibilityDefault() {}

  public VisibilityDefault(ShareableKind kind, Visibility visibility, String by, Instant now) {
    this.kind = Objects.requireNonNull(kind, "kind");
    choose(visibility, by, now);
  }

  /** Makes {@code visibility} the default for new objects of this kind. */
  public void choose(Visibility visibility, String by, Instant now) {
    this.visibility = Objects.requireNonNull(visibility, "visibility");
    this.updatedBy = Objects.requireNonNull(by, "by");
    this.updatedAt = now.atOffset(ZoneOffset.UTC);
  }

  public ShareableKind kind() {
    return kind;
  }

  public Visibility visibility() {
    return visibility;
  }

  public Instant updatedAt() {
    return updatedAt.toInstant();
  }

  public String updatedBy() {
    return updatedBy;
  }

  public long version() {
    return version;
  }
}
