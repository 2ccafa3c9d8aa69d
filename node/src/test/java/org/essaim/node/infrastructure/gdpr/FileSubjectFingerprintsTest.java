// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.gdpr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSubjectFingerprintsTest {

  @TempDir Path dir;

  @Test
  void theKeyIsCreatedOnceAndKept() throws Exception {
    Path file = dir.resolve("data").resolve(FileSubjectFingerprints.KEY_FILE);
    byte[] first = FileSubjectFingerprints.load(file);
    assertThat(first).hasSize(32);
    assertThat(Files.readAllBytes(file)).isEqualTo(first);
    assertThat(FileSubjectFingerprints.load(file)).isEqualTo(first);
  }
}
