// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.essaim.node.application.federation.copies.OutboxWalk;
import org.junit.jupiter.api.Test;

class ConflictRetryTest {

  static RuntimeException persistenceFailure(String sqlState) {
    // As EclipseLink reports it: the driver's exception some levels down.
    return new RuntimeException(
        "Exception [EclipseLink-4002]",
        new IllegalStateException("wrapped", new SQLException("ERROR: deadlock", sqlState)));
  }

  /** A scope that fails the first {@code failures} runs with {@code failure}, then runs. */
  static OutboxWalk.PageScope failingFirst(int failures, RuntimeException failure) {
    AtomicInteger runs = new AtomicInteger();
    return imports -> {
      if (runs.incrementAndGet() <= failures) {
        imports.run(); // the work done before the rollback
        throw failure;
      }
      imports.run();
    };
  }

  @Test
  void aPageRolledBackByADeadlockRunsAgain() {
    AtomicInteger imports = new AtomicInteger();

    ConflictRetry.retrying(failingFirst(2, persistenceFailure("40P01")), 3)
        .run(imports::incrementAndGet);

    assertThat(imports).hasValue(3);
  }

  @Test
  void aSerializationFailureIsRetriedToo() {
    AtomicInteger imports = new AtomicInteger();

    ConflictRetry.retrying(failingFirst(1, persistenceFailure("40001")), 3)
        .run(imports::incrementAndGet);

    assertThat(imports).hasValue(2);
  }

  @Test
  void theWalkFailsAfterTheLastAttempt() {
    AtomicInteger imports = new AtomicInteger();
    RuntimeException deadlock = persistenceFailure("40P01");

    assertThatThrownBy(
            () ->
                ConflictRetry.retrying(failingFirst(3, deadlock), 3).run(imports::incrementAndGet))
        .isSameAs(deadlock);
    assertThat(imports).hasValue(3);
  }

  @Test
  void aCopyStoredMeanwhileByALiveDeliveryMakesThePageRunAgain() {
    AtomicInteger imports = new AtomicInteger();

    ConflictRetry.retrying(failingFirst(1, persistenceFailure("23505")), 3)
        .run(imports::incrementAndGet);

    assertThat(imports).hasValue(2);
  }

  @Test
  void otherFailuresAreNotRetried() {
    AtomicInteger imports = new AtomicInteger();
    RuntimeException foreignKey = persistenceFailure("23503");

    assertThatThrownBy(
            () ->
                ConflictRetry.retrying(failingFirst(1, foreignKey), 3)
                    .run(imports::incrementAndGet))
        .isSameAs(foreignKey);
    assertThat(imports).hasValue(1);
    assertThat(ConflictRetry.isTransient(new IllegalStateException("no SQL cause"))).isFalse();
  }
}
