// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.territory;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The territory that hosts this node: a place (a département, an agglomeration, a rural pays…)
 * where a team runs the four-step method, collecting inhabitants' dreams, turning them into
 * challenges, and accompanying the projects born from them.
 *
 * <p>A node has exactly one Territory, identified by {@link #THIS_NODE}. Its public profile is
 * replaced as a whole through {@link #describe(TerritoryProfile, Instant)}; the version number
 * protects an administrator's edit from silently overwriting another's.
 */
@Entity
@Table(name = "territory")
public class Territory {

  /** The single territory row of a node. */
  public static final int THIS_NODE = 1;

  @Id private Integer id;

  @Column(name = "name", nullable = false, length = 200)
  private String name;

  @Column(name = "local_brand_name", length = 200)
  private String localBrandName;

  @Column(name = "country_code", nullable = false, length = 2)
  private String countryCode;

  @Column(name = "time_zone", nullable = false, length = 64)
  private String timeZone;

  @Enumerated(EnumType.STRING)
  @Column(name = "label_status", nullable = false, length = 32)
  private LabelStatus labelStatus;

  @Column(name = "public_contact_email", length = 254)
  private String publicContactEmail;

  @Column(name = "website_url", length = 2048)
  private String websiteUrl;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "territory_perimeter_area",
      joinColumns = @JoinColumn(name = "territory_id"))
  @OrderColumn(name = "position")
  private List<PerimeterArea> perimeter = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "territory_carrier_organization",
      joinColumns = @JoinColumn(name = "territory_id"))
  @OrderColumn(name = "position")
  private List<CarrierOrganization> carrierOrganizations = new ArrayList<>();

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @Column(name = "updated_at", nullable = false)
  // JPA 3.1 maps OffsetDateTime, not Instant, to timestamptz.
  private OffsetDateTime updatedAt;

  protected Territory() {
    // for JPA
  }

  public Territory(TerritoryProfile profile, Instant now) {
    this.id = THIS_NODE;
    describe(profile, now);
  }

  /** Replaces the whole public profile. */
  public void describe(TerritoryProfile profile, Instant now) {
    this.name = profile.name();
    this.localBrandName = profile.localBrandName();
    this.countryCode = profile.country();
    this.timeZone = profile.timeZone().getId();
    this.labelStatus = profile.labelStatus();
    this.publicContactEmail = profile.publicContact();
    this.websiteUrl = profile.website() == null ? null : profile.website().toString();
    this.perimeter.clear();
    this.perimeter.addAll(profile.perimeter());
    this.carrierOrganizations.clear();
    this.carrierOrganizations.addAll(profile.carrierOrganizations());
    this.updatedAt = now.atOffset(ZoneOffset.UTC);
  }

  public TerritoryProfile profile() {
    return new TerritoryProfile(
        name,
        localBrandName,
        countryCode,
        ZoneId.of(timeZone),
        perimeter,
        carrierOrganizations,
        labelStatus,
        publicContactEmail,
        websiteUrl == null ? null : URI.create(websiteUrl));
  }

  /** Increases with every saved change; clients send it back in If-Match. */
  public long version() {
    return version;
  }

  public Instant updatedAt() {
    return updatedAt.toInstant();
  }
}
