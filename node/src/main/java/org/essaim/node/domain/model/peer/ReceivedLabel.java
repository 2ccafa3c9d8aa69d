// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.peer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * A label attestation received as a copy, with the verdict of its verification: valid only when its
 * FEP-8b32 proof verifies against the configured national actor's key and that actor issued it. A
 * territory counts as labelled only through a valid attestation whose status is LABELLED; a revoked
 * (SUSPENDED, WITHDRAWN) or invalid one labels nobody.
 */
@Entity
@Table(name = "federation_received_label")
public class ReceivedLabel {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "attestation_uri", nullable = false, unique = true)
  private String attestationUri;

  @Column(name = "issuer_uri", nullable = false)
  private String issuerUri;

  @Column(name = "territory_uri")
  private String territoryUri;

  @Column(name = "label_status", length = 20)
  private String labelStatus;

  @Column(name = "label_date")
  private LocalDate labelDate;

  @Column(name = "valid", nullable = false)
  private boolean valid;

  @Column(name = "reason", nullable = false, length = 1000)
  private String reason;

  @Column(name = "checked_at", nullable = false)
  private OffsetDateTime checkedAt;

  protected ReceivedLabel() {
    // for JPA
  }

  public ReceivedLabel(URI attestation, URI issuer) {
    this.attestationUri = attestation.toString();
    this.issuerUri = issuer.toString();
  }

  /** Records a verification that passed. */
  public void verified(URI territory, String status, LocalDate date, Instant now) {
    this.territoryUri = territory.toString();
    this.labelStatus = status;
    this.labelDate = date;
    this.valid = true;
    this.reason = "LABELLED".equals(status) ? "valid" : "valid, label revoked (" + status + ")";
    this.checkedAt = now.atOffset(ZoneOffset.UTC);
  }

  /** Records a verification that failed: whatever it claims, it labels nobody. */
  public void refused(URI territory, String why, Instant now) {
    this.territoryUri = territory == null ? null : territory.toString();
    this.labelStatus = null;
    this.labelDate = null;
    this.valid = false;
    String r = why == null ? "invalid" : why;
    this.reason = r.length() > 1000 ? r.substring(0, 1000) : r;
    this.checkedAt = now.atOffset(ZoneOffset.UTC);
  }

  /** Whether it attests, validly, that its territory is labelled. */
  public boolean labels() {
    return valid && "LABELLED".equals(labelStatus);
  }

  public URI attestation() {
    return URI.create(attestationUri);
  }

  public URI issuer() {
    return URI.create(issuerUri);
  }

  public Optional<URI> territory() {
    return Optional.ofNullable(territoryUri).map(URI::create);
  }

  public Optional<String> labelStatus() {
    return Optional.ofNullable(labelStatus);
  }

  public Optional<LocalDate> labelDate() {
    return Optional.ofNullable(labelDate);
  }

  public boolean valid() {
    return valid;
  }

  public String reason() {
    return reason;
  }

  public Instant checkedAt() {
    return checkedAt.toInstant();
  }
}
