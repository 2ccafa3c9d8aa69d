// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.registry;

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

/** A promo (cohort) on the six-month path to the label, run by the national association. */
@Entity
@Table(name = "registry_promo")
public class Promo {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "number", nullable = false, unique = true)
  private int number;

  @Column(name = "name", length = 100)
  private String name;

  @Column(name = "period", nullable = false, length = 9)
  private String period;

  @Column(name = "duration_months")
  private Integer durationMonths;

  @Column(name = "eligibility_committee_date")
  private LocalDate eligibilityCommitteeDate;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "registry_promo_co_animator",
      joinColumns = @JoinColumn(name = "promo_id"))
  @OrderColumn(name = "position")
  @Column(name = "territory_id", nullable = false)
  private List<Long> coAnimatorIds = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "registry_promo_module", joinColumns = @JoinColumn(name = "promo_id"))
  @OrderColumn(name = "position")
  private List<PromoModule> modules = new ArrayList<>();

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  protected Promo() {
    // for JPA
  }

  public Promo(PromoTerms terms, Instant now) {
    this.createdAt = now.atOffset(ZoneOffset.UTC);
    describe(terms, now);
  }

  public void describe(PromoTerms terms, Instant now) {
    this.number = terms.number();
    this.name = terms.name();
    this.period = terms.period();
    this.durationMonths = terms.durationMonths();
    this.eligibilityCommitteeDate = terms.eligibilityCommitteeDate();
    this.coAnimatorIds.clear();
    this.coAnimatorIds.addAll(terms.coAnimatorIds());
    this.modules.clear();
    this.modules.addAll(terms.modules());
    this.updatedAt = now.atOffset(ZoneOffset.UTC);
  }

  /** A co-animating territory leaves the registry. */
  public void forget(long territoryId, Instant now) {
    if (coAnimatorIds.remove(Long.valueOf(territoryId))) {
      this.updatedAt = now.atOffset(ZoneOffset.UTC);
    }
    boolean changed = false;
    for (int i = 0; i < modules.size(); i++) {
      PromoModule m = modules.get(i);
      if (m.coAnimatorId().filter(c -> c == territoryId).isPresent()) {
        modules.set(
            i,
            new PromoModule("modules[" + i + "]", m.title(), m.format(), null, m.openToLabelled()));
        changed = true;
      }
    }
    if (changed) {
      this.updatedAt = now.atOffset(ZoneOffset.UTC);
    }
  }

  public PromoTerms terms() {
    return new PromoTerms(
        number,
        name,
        period,
        durationMonths,
        eligibilityCommitteeDate,
        List.copyOf(coAnimatorIds),
        List.copyOf(modules));
  }

  public Long id() {
    return id;
  }

  public int number() {
    return number;
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
