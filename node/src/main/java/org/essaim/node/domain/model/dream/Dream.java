// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.dream;

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
import java.util.Objects;
import java.util.Optional;
import org.essaim.node.domain.shared.DomainRuleViolation;

/**
 * A dream, an idea or a need (« rêve / idée / besoin ») shared by someone of the territory during
 * step 1 of a campaign, « Recueillir les rêves ».
 *
 * <p><b>Local only, by construction.</b> Dreams never federate as records (domain notes §2.5): only
 * counts by theme may leave the node, in a later slice. The contact fields and the consent time are
 * personal data: they are read by the team for moderation and follow-up and never appear in a
 * public view. A published dream shows its text, themes, commune and kind of contributor only.
 */
@Entity
@Table(name = "dream")
public class Dream {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  // A reference by id: Campaign and Dream are separate aggregates.
  @Column(name = "campaign_id", nullable = false)
  private Long campaignId;

  @Column(name = "text", nullable = false, length = DreamSubmission.MAX_TEXT_LENGTH)
  private String text;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "dream_theme", joinColumns = @JoinColumn(name = "dream_id"))
  @OrderColumn(name = "position")
  @Column(name = "theme_key", nullable = false, length = 100)
  private List<String> themes = new ArrayList<>();

  @Column(name = "commune_code", length = 5)
  private String communeCode;

  @Column(name = "commune_label", length = 200)
  private String communeLabel;

  @Enumerated(EnumType.STRING)
  @Column(name = "contributor_type", nullable = false, length = 32)
  private ContributorType contributorType;

  @Enumerated(EnumType.STRING)
  @Column(name = "age_band", length = 32)
  private AgeBand ageBand;

  /** Personal data. */
  @Column(name = "contact_email", length = 254)
  private String contactEmail;

  /** Personal data. */
  @Column(name = "contact_phone", length = 32)
  private String contactPhone;

  /** When the contributor agreed to be contacted; null when no contact was left. */
  @Column(name = "contact_consent_at")
  private OffsetDateTime contactConsentAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false, length = 32)
  private DreamState state;

  @Column(name = "merged_into_id")
  private Long mergedIntoId;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @Column(name = "submitted_at", nullable = false)
  // JPA 3.1 maps OffsetDateTime, not Instant, to timestamptz.
  private OffsetDateTime submittedAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  protected Dream() {
    // for JPA
  }

  /** A dream just received, {@link DreamState#SUBMITTED}, waiting for moderation. */
  public Dream(long campaignId, DreamSubmission submission, Instant now) {
    OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
    this.campaignId = campaignId;
    this.text = submission.text();
    this.themes.addAll(submission.themes());
    if (submission.commune() != null) {
      this.communeCode = submission.commune().code();
      this.communeLabel = submission.commune().label();
    }
    this.contributorType = submission.contributorType();
    this.ageBand = submission.ageBand();
    this.contactEmail = submission.contactEmail();
    this.contactPhone = submission.contactPhone();
    this.contactConsentAt = submission.hasContact() ? at : null;
    this.state = DreamState.SUBMITTED;
    this.submittedAt = at;
    this.updatedAt = at;
  }

  /**
   * Moderation and later steps, except merging (see {@link #mergeInto}).
   *
   * @throws org.essaim.node.domain.shared.IllegalTransitionException when the target does not
   *     follow the current state
   */
  public void moveTo(DreamState target, Instant now) {
    DreamState next = state.requireTransitionTo(target);
    if (next == DreamState.MERGED) {
      throw new DomainRuleViolation(
          "mergedInto", "merging needs the id of the dream to merge into");
    }
    this.state = next;
    this.updatedAt = now.atOffset(ZoneOffset.UTC);
  }

  /** Marks this dream as a duplicate of another dream of the same campaign. */
  public void mergeInto(Dream target, Instant now) {
    Objects.requireNonNull(target, "target");
    DreamState next = state.requireTransitionTo(DreamState.MERGED);
    if (target == this || (id != null && id.equals(target.id))) {
      throw new DomainRuleViolation("mergedInto", "a dream cannot be merged into itself");
    }
    if (!target.campaignId.equals(campaignId)) {
      throw new DomainRuleViolation("mergedInto", "must be a dream of the same campaign");
    }
    if (target.state == DreamState.REJECTED
        || target.state == DreamState.MERGED
        || target.state == DreamState.ARCHIVED) {
      throw new DomainRuleViolation(
          "mergedInto", "cannot merge into a dream that is " + target.state);
    }
    this.state = next;
    this.mergedIntoId = target.id;
    this.updatedAt = now.atOffset(ZoneOffset.UTC);
  }

  public Long id() {
    return id;
  }

  public long campaignId() {
    return campaignId;
  }

  public String text() {
    return text;
  }

  public List<String> themes() {
    return List.copyOf(themes);
  }

  public Optional<Commune> commune() {
    return communeCode == null
        ? Optional.empty()
        : Optional.of(new Commune(communeCode, communeLabel));
  }

  public ContributorType contributorType() {
    return contributorType;
  }

  public Optional<AgeBand> ageBand() {
    return Optional.ofNullable(ageBand);
  }

  public Optional<String> contactEmail() {
    return Optional.ofNullable(contactEmail);
  }

  public Optional<String> contactPhone() {
    return Optional.ofNullable(contactPhone);
  }

  public Optional<Instant> contactConsentAt() {
    return Optional.ofNullable(contactConsentAt).map(OffsetDateTime::toInstant);
  }

  public DreamState state() {
    return state;
  }

  public Optional<Long> mergedIntoId() {
    return Optional.ofNullable(mergedIntoId);
  }

  public long version() {
    return version;
  }

  public Instant submittedAt() {
    return submittedAt.toInstant();
  }

  public Instant updatedAt() {
    return updatedAt.toInstant();
  }
}
