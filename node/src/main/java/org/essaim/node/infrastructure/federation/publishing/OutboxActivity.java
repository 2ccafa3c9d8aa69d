// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation.publishing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.essaim.node.domain.shared.Visibility;

/** One activity of the territory's outbox log (table of V105). */
@Entity
@Table(name = "federation_outbox_activity")
public class OutboxActivity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "activity_uri", nullable = false)
  private String activityUri;

  @Column(name = "activity_type", nullable = false, length = 16)
  private String activityType;

  @Column(name = "object_uri", nullable = false)
  private String objectUri;

  @Enumerated(EnumType.STRING)
  @Column(name = "audience", nullable = false, length = 32)
  private Visibility audience;

  @Column(name = "document", nullable = false)
  private String document;

  @Column(name = "inboxes", nullable = false)
  private int inboxes;

  @Column(name = "withdrawn", nullable = false)
  private boolean withdrawn;

  @Column(name = "published_at", nullable = false)
  private OffsetDateTime publishedAt;

  protected OutboxActivity() {}

  OutboxActivity(
      URI activityUri,
      String activityType,
      URI objectUri,
      Visibility audience,
      String document,
      int inboxes,
      Instant publishedAt) {
    this.activityUri = activityUri.toString();
    this.activityType = activityType;
    this.objectUri = objectUri.toString();
    this.audience = audience;
    this.document = document;
    this.inboxes = inboxes;
    this.publishedAt = publishedAt.atOffset(ZoneOffset.UTC);
  }

  public URI activityUri() {
    return URI.create(activityUri);
  }

  public String activityType() {
    return activityType;
  }

  public URI objectUri() {
    return URI.create(objectUri);
  }

  public Visibility audience() {
    return audience;
  }

  public String document() {
    return document;
  }

  public int inboxes() {
    return inboxes;
  }

  public boolean isWithdrawn() {
    return withdrawn;
  }

  public Instant publishedAt() {
    return publishedAt.toInstant();
  }
}
