// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.remote;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** The walk of one followed actor's outbox: where it is, so it resumes after a restart. */
@Entity
@Table(name = "federation_backfill")
public class BackfillRun {

  static final int MAX_ERROR_LENGTH = 500;

  @Id
  @Column(name = "actor_id", nullable = false)
  private String actorId;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false)
  private BackfillState state;

  @Column(name = "next_page")
  private String nextPage;

  @Column(name = "imported_count", nullable = false)
  private int importedCount;

  @Column(name = "seen_count", nullable = false)
  private int seenCount;

  @Column(name = "last_error")
  private String lastError;

  @Column(name = "started_at", nullable = false)
  private OffsetDateTime startedAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  protected BackfillRun() {
    // for JPA
  }

  public BackfillRun(URI actor, Instant now) {
    this.actorId = actor.toString();
    restart(now);
  }

  /** Starts over from the outbox itself. */
  public void restart(Instant now) {
    this.state = BackfillState.RUNNING;
    this.nextPage = null;
    this.importedCount = 0;
    this.seenCount = 0;
    this.lastError = null;
    this.startedAt = utc(now);
    this.updatedAt = utc(now);
  }

  /** A page was read: its items counted, and the next page to read (null: the walk is over). */
  public void advance(URI next, int imported, int seen, Instant now) {
    this.nextPage = next == null ? null : next.toString();
    this.importedCount += imported;
    this.seenCount += seen;
    this.updatedAt = utc(now);
  }

  public void finish(Instant now) {
    this.state = BackfillState.DONE;
    this.updatedAt = utc(now);
  }

  public void fail(String error, Instant now) {
    this.state = BackfillState.FAILED;
    String message = error == null ? "unknown error" : error;
    this.lastError =
        message.length() > MAX_ERROR_LENGTH ? message.substring(0, MAX_ERROR_LENGTH) : message;
    this.updatedAt = utc(now);
  }

  public URI actor() {
    return URI.create(actorId);
  }

  public BackfillState state() {
    return state;
  }

  public Optional<URI> nextPage() {
    return Optional.ofNullable(nextPage).map(URI::create);
  }

  public int importedCount() {
    return importedCount;
  }

  public int seenCount() {
    return seenCount;
  }

  public Optional<String> lastError() {
    return Optional.ofNullable(lastError);
  }

  public OffsetDateTime startedAt() {
    return startedAt;
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
