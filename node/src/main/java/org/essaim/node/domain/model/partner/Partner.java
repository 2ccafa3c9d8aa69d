// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.partner;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** An organisation's partnership with the territory, and its place in the circle of trust. */
@Entity
@Table(name = "partner")
public class Partner {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "organization_id", nullable = false)
  private long organizationId;

  @Column(name = "in_circle", nullable = false)
  private boolean inCircle;

  @Column(name = "circle_since")
  private LocalDate circleSince;

  @Column(name = "role_mailbox", length = 254)
  private String roleMailbox;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "partner_contribution", joinColumns = @JoinColumn(name = "partner_id"))
  @OrderColumn(name = "position")
  private List<Contribution> contributions = new ArrayList<>();

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  protected Partner() {
    // for JPA
  }

  public Partner(PartnerTerms terms, Instant now) {
    this.createdAt = now.atOffset(ZoneOffset.UTC);
    describe(terms, now);
  }

  /** Replaces the terms as a whole. */
  public void describe(PartnerTerms terms, Instant now) {
    this.organizationId = terms.organizationId();
    this.inCircle = terms.inCircle();
    this.circleSince = terms.circleSince();
    this.roleMailbox = terms.roleMailbox();
    this.contributions.clear();
    this.contributions.addAll(terms.contributions());
    this.updatedAt = now.atOffset(ZoneOffset.UTC);
  }

  public PartnerTerms terms() {
    return new PartnerTerms(
        organizationId, inCircle, circleSince, roleMailbox, List.copyOf(contributions));
  }

  public Long id() {
    return id;
  }

  public long organizationId() {
    return organizationId;
  }

  public long version() {
    return version;
  }

  public Instant createdAt() {
    return createdAt.toInstant();
  }

  public Instant updatedAt() {
    return updatedAt.toInstant();
  }
}
