// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.domain.model.visibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.essaim.node.domain.shared.Visibility;
import org.junit.jupiter.api.Test;

class ShareableKindTest {

  @Test
  void kindsAreNamedByTheirPathSegmentOrConstant() {
    assertThat(ShareableKind.byName("method-sheet")).contains(ShareableKind.METHOD_SHEET);
    assertThat(ShareableKind.byName(" TRANSFERABLE_SOLUTION "))
        .contains(ShareableKind.TRANSFERABLE_SOLUTION);
    assertThat(ShareableKind.byName("dream")).isEmpty();
    assertThat(ShareableKind.byName(null)).isEmpty();
  }

  @Test
  void builtInDefaultsFollowTheDomainNotes() {
    assertThat(ShareableKind.PROJECT.builtInDefault()).isEqualTo(Visibility.NODE_PUBLIC);
    assertThat(ShareableKind.METHOD_SHEET.builtInDefault()).isEqualTo(Visibility.NETWORK);
    assertThat(ShareableKind.ORGANIZATION.builtInDefault()).isEqualTo(Visibility.PUBLIC);
  }

  @Test
  void anAdministratorsChoiceRecordsWhoAndWhen() {
    Instant now = Instant.parse("2026-11-23T09:00:00Z");
    VisibilityDefault choice =
        new VisibilityDefault(ShareableKind.EVENT, Visibility.PUBLIC, "admin", now);
    choice.choose(Visibility.PRIVATE, "other-admin", now.plusSeconds(60));
    assertThat(choice.visibility()).isEqualTo(Visibility.PRIVATE);
    assertThat(choice.updatedBy()).isEqualTo("other-admin");
    assertThat(choice.updatedAt()).isEqualTo(now.plusSeconds(60));
  }
}
