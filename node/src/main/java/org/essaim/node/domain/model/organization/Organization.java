// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.organization;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.essaim.node.domain.shared.Visibility;

/**
 * An organisation (« structure ») of the shared directory, e.g. "Cocagne AlimenTerre" or "Les
 * Ateliers des Hauts". It will federate, deduplicated by SIREN.
 */
@Entity
@Table(name = "organization")
public class Organization {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "name", nullable = false, length = 200)
  private String name;

  @Column(name = "acronym", length = 50)
  private String acronym;

  @Column(name = "legal_form", length = 100)
  private String legalForm;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "organization_role", joinColumns = @JoinColumn(name = "organization_id"))
  @OrderColumn(name = "position")
  @Column(name = "role_key", nullable = false, length = 100)
  private List<String> roles = new ArrayList<>();

  @Column(name = "founded_year")
  private Integer foundedYear;

  @Column(name = "presentation", length = 4000)
  private String presentation;

  @Column(name = "website", length = 500)
  private String website;

  @Column(name = "address_street", length = 200)
  private String addressStreet;

  @Column(name = "address_postal_code", length = 10)
  private String addressPostalCode;

  @Column(name = "address_city", length = 200)
  private String addressCity;

  @Column(name = "address_country", length = 2)
  private String addressCountry;

  @Column(name = "siren", length = 9)
  private String siren;

  @Enumerated(EnumType.STRING)
  @Column(name = "visibility", nullable = false, length = 32)
  private Visibility visibility;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  protected Organization() {
    // for JPA
  }

  /**
   * @param defaultVisibility used when the profile names none
   */
  public Organization(OrganizationProfile profile, Visibility defaultVisibility, Instant now) {
    this.visibility = java.util.Objects.requireNonNull(defaultVisibility, "defaultVisibility");
    this.createdAt = now.atOffset(ZoneOffset.UTC);
    describe(profile, now);
  }

  /** Replaces the whole profile; a visibility left out stays. */
  public void describe(OrganizationProfile profile, Instant now) {
    this.name = profile.name();
    this.acronym = profile.acronym();
    this.legalForm = profile.legalForm();
    this.roles.clear();
    this.roles.addAll(profile.roles());
    this.foundedYear = profile.foundedYear();
    this.presentation = profile.presentation();
    this.website = profile.website();
    PostalAddress address = profile.address();
    this.addressStreet = address == null ? null : address.street();
    this.addressPostalCode = address == null ? null : address.postalCode();
    this.addressCity = address == null ? null : address.city();
    this.addressCountry = address == null ? null : address.country();
    this.siren = profile.siren();
    if (profile.visibility() != null) {
      this.visibility = profile.visibility();
    }
    this.updatedAt = now.atOffset(ZoneOffset.UTC);
  }

  public OrganizationProfile profile() {
    PostalAddress address =
        addressCity == null
            ? null
            : new PostalAddress(addressStreet, addressPostalCode, addressCity, addressCountry);
    return new OrganizationProfile(
        name,
        acronym,
        legalForm,
        List.copyOf(roles),
        foundedYear,
        presentation,
        website,
        address,
        siren,
        visibility);
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public Visibility visibility() {
    return visibility;
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
