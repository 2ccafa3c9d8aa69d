// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.gdpr;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.essaim.node.domain.model.gdpr.SubjectFingerprints;
import org.essaim.node.infrastructure.config.NodeSettings;

/**
 * HMAC-SHA-256 fingerprints with a 256-bit random key created at first use in the node's data
 * directory ({@code gdpr-erasure.key}), outside the database: a database dump alone does not let
 * anyone test guessed addresses against the erasure log. Losing the key only means that an erasure
 * made before is no longer recognised as a repeat.
 */
@ApplicationScoped
public class FileSubjectFingerprints implements SubjectFingerprints {

  static final String KEY_FILE = "gdpr-erasure.key";

  @Inject NodeSettings settings;
  private volatile byte[] key;

  @Override
  public String of(String normalisedEmail) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key(), "HmacSHA256"));
      return HexFormat.of()
          .formatHex(mac.doFinal(normalisedEmail.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  private byte[] key() {
    byte[] k = key;
    if (k == null) {
      synchronized (this) {
        if (key == null) {
          key = load(settings.dataDir().resolve(KEY_FILE));
        }
        k = key;
      }
    }
    return k;
  }

  static byte[] load(Path file) {
    try {
      if (!Files.exists(file)) {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        Files.createDirectories(file.getParent());
        try {
          Files.write(file, fresh, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException raced) {
          // Another thread or process wrote it first: read theirs.
        }
      }
      byte[] stored = Files.readAllBytes(file);
      if (stored.length < 32) {
        throw new IllegalStateException(file + " is not a 32-byte key");
      }
      return stored;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
