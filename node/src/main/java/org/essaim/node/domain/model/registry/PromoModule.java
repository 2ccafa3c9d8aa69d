// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import java.util.Optional;
import org.essaim.node.domain.shared.DomainRuleViolation;

/** One module of a promo: its title, format, co-animating territory, open to labelled teams. */
@Embeddable
public class PromoModule {

  static final int MAX_TITLE = 300;

  @Column(name = "title", nullable = false, length = MAX_TITLE)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(name = "format", nullable = false, length = 16)
  private ModuleFormat format;

  @Column(name = "co_animator_id")
  private Long coAnimatorId;

  @Column(name = "open_to_labelled", nullable = false)
  private boolean openToLabelled;

  protected PromoModule() {
    // for JPA
  }

  /**
   * @param field where it stands in the request, e.g. {@code modules[0]}, for errors
   * @param coAnimatorId the registry entry of the territory that co-animates it, or null
   * @param openToLabelled « modules à la carte » for labelled teams
   */
  public PromoModule(
      String field, String title, ModuleFormat format, Long coAnimatorId, boolean openToLabelled) {
    if (title == null || title.isBlank()) {
      throw new DomainRuleViolation(field + ".title", "is required");
    }
    if (title.strip().length() > MAX_TITLE) {
      throw new DomainRuleViolation(field + ".title", "at most " + MAX_TITLE + " characters");
    }
    if (format == null) {
      throw new DomainRuleViolation(
          field + ".format", "is required: IN_PERSON_2D, IN_PERSON_1D, VISIO_3H or VISIO_2H");
    }
    this.title = title.strip();
    this.format = format;
    this.coAnimatorId = coAnimatorId;
    this.openToLabelled = openToLabelled;
  }

  public String title() {
    return title;
  }

  public ModuleFormat format() {
    return format;
  }

  public Optional<Long> coAnimatorId() {
    return Optional.ofNullable(coAnimatorId);
  }

  public boolean openToLabelled() {
    return openToLabelled;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PromoModule m
        && m.title.equals(title)
        && m.format == format
        && Objects.equals(m.coAnimatorId, coAnimatorId)
        && m.openToLabelled == openToLabelled;
  }

  @Override
  public int hashCode() {
    return Objects.hash(title, format, coAnimatorId, openToLabelled);
  }
}
