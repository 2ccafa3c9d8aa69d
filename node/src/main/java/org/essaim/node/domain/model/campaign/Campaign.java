// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * One run (« édition ») of the four-step method on the territory or one of its sub-territories,
 * e.g. "Crépîte 2024" in Lons-le-Saunier or the Lunévillois edition in Meurthe-et-Moselle. Dreams
 * are collected within a campaign, while it is {@link CampaignState#COLLECTING_DREAMS}.
 *
 * <p>Shown on the node's site once out of {@link CampaignState#PLANNED} (NODE_PUBLIC); a summary
 * will federate in a later slice.
 */
@Entity
@Table(name = "campaign")
public class Campaign {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "name", nullable = false, length = 200)
  private String name;

  @Column(name = "local_brand_name", nullable = false, length = 200)
  private String localBrandName;

  @Column(name = "sub_territory", length = 200)
  private String subTerritory;

  @Column(name = "start_date", nullable = false)
  private LocalDate startDate;

  @Column(name = "end_date")
  private LocalDate endDate;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false, length = 32)
  private CampaignState state;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @Column(name = "created_at", nullable = false)
  // JPA 3.1 maps OffsetDateTime, not Instant, to timestamptz.
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  protected Campaign() {
    // for JPA
  }

  /** A new campaign, {@link CampaignState#PLANNED}. */
  public Campaign(CampaignDescription description, Instant now) {
    this.state = CampaignState.PLANNED;
    this.createdAt = now.atOffset(ZoneOffset.UTC);
    describe(description, now);
  }

  /** Replaces the whole description; allowed in every state (typos get fixed late). */
  public void describe(CampaignDescription description, Instant now) {
    this.name = description.name();
    this.localBrandName = description.localBrandName();
    this.subTerritory = description.subTerritory();
    this.startDate = description.startDate();
    this.endDate = description.endDate();
    this.updatedAt = now.atOffset(ZoneOffset.UTC);
  }

  /**
   * @throws org.essaim.node.domain.shared.IllegalTransitionException unless {@code target} is the
   *     next step
   */
  public void moveTo(CampaignState target, Instant now) {
    this.state = state.requireTransitionTo(target);
    this.updatedAt = now.atOffset(ZoneOffset.UTC);
  }

  public boolean acceptsDreams() {
    return state == CampaignState.COLLECTING_DREAMS;
  }

  public CampaignDescription description() {
    return new CampaignDescription(name, localBrandName, subTerritory, startDate, endDate);
  }

  public Long id() {
    return id;
  }

  public CampaignState state() {
    return state;
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
