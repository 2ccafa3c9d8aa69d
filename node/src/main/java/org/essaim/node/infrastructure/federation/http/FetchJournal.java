// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The journal of remote fetches ({@code federation_fetch}): one row per signed GET, written in its
 * own transaction so a caller's rollback does not erase it and a journal failure never fails the
 * fetch. Rows older than {@code essaim.federation.journal.retention} are purged.
 */
@ApplicationScoped
public class FetchJournal {

  private static final Logger LOG = Logger.getLogger(FetchJournal.class.getName());
  private static final int MAX_TEXT = 2000;

  @PersistenceContext(unitName = "essaim")
  EntityManager entityManager;

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "essaim.federation.journal.retention", defaultValue = "P30D")
  Duration retention;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void record(URI url, Integer status, String error, long durationMillis) {
    try {
      entityManager
          .createNativeQuery(
              "INSERT INTO federation_fetch (url, host, status, error, duration_ms, fetched_at)"
                  + " VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
          .setParameter(1, truncate(url.toString()))
          .setParameter(2, hostOf(url))
          .setParameter(3, status)
          .setParameter(4, error == null ? null : truncate(error))
          .setParameter(5, (int) Math.min(Integer.MAX_VALUE, durationMillis))
          .setParameter(6, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
          .executeUpdate();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Fetch of " + url + " not journalled", e);
    }
  }

  /** Deletes the rows older than the retention; returns how many. */
  @Transactional
  public int purge() {
    return entityManager
        .createNativeQuery("DELETE FROM federation_fetch WHERE fetched_at < ?1")
        .setParameter(
            1, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).minus(retention))
        .executeUpdate();
  }

  /** host[:port] of a URL, lower case; how the journal and the outbox name a peer. */
  public static String hostOf(URI url) {
    String host = url.getHost() == null ? "" : url.getHost().toLowerCase(java.util.Locale.ROOT);
    return url.getPort() < 0 ? host : host + ":" + url.getPort();
  }

  private static String truncate(String text) {
    return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
  }
}
