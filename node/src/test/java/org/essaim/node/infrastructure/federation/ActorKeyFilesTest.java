// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.interfaces.RSAPublicKey;
import org.essaim.federation.keys.KeyPairs;
import org.essaim.federation.keys.PemKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActorKeyFilesTest {

  @TempDir Path dir;

  @Test
  void keysAreGeneratedAtFirstUseThenReadBackUnchanged() throws Exception {
    Path keys = dir.resolve("data").resolve("keys");
    ActorKeys first = new ActorKeyFiles(keys).loadOrGenerate();

    assertThat(first.territoryRsa().getPublic()).isInstanceOf(RSAPublicKey.class);
    assertThat(((RSAPublicKey) first.territoryRsa().getPublic()).getModulus().bitLength())
        .isEqualTo(2048);
    assertThat(first.territoryEd25519().getPublic().getAlgorithm()).isIn("Ed25519", "EdDSA");
    assertThat(first.instanceRsa().getPublic().getAlgorithm()).isEqualTo("RSA");
    assertThat(first.instanceRsa().getPublic()).isNotEqualTo(first.territoryRsa().getPublic());
    assertThat(keys.resolve(ActorKeyFiles.TERRITORY_RSA)).exists();
    assertThat(keys.resolve(ActorKeyFiles.TERRITORY_ED25519)).exists();
    assertThat(keys.resolve(ActorKeyFiles.INSTANCE_RSA)).exists();

    ActorKeys again = new ActorKeyFiles(keys).loadOrGenerate();
    assertThat(again.territoryRsa().getPublic()).isEqualTo(first.territoryRsa().getPublic());
    assertThat(again.territoryRsa().getPrivate()).isEqualTo(first.territoryRsa().getPrivate());
    assertThat(again.territoryEd25519().getPublic().getEncoded())
        .isEqualTo(first.territoryEd25519().getPublic().getEncoded());
    assertThat(again.instanceRsa().getPublic()).isEqualTo(first.instanceRsa().getPublic());
  }

  @Test
  void aKeyWrittenFirstByAnotherProcessIsNeverReplaced() throws Exception {
    Path theirs = dir.resolve("territory-rsa.pem");
    Files.writeString(theirs, "written by the replica that came first");
    Path ours = dir.resolve(".key-ours.tmp");
    Files.writeString(ours, "written second");

    assertThat(ActorKeyFiles.publish(ours, theirs)).isFalse();
    assertThat(Files.readString(theirs)).isEqualTo("written by the replica that came first");

    Path fresh = dir.resolve("instance-rsa.pem");
    assertThat(ActorKeyFiles.publish(ours, fresh)).isTrue();
    assertThat(Files.readString(fresh)).isEqualTo("written second");
  }

  @Test
  void replicasStartingTogetherOnOneDirectoryReadTheSameKeys() throws Exception {
    Path keys = dir.resolve("shared-keys");
    java.util.concurrent.ExecutorService threads =
        java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      java.util.List<java.util.concurrent.Future<ActorKeys>> starts = new java.util.ArrayList<>();
      for (int i = 0; i < 4; i++) {
        starts.add(threads.submit(() -> new ActorKeyFiles(keys).loadOrGenerate()));
      }
      ActorKeys first = starts.get(0).get();
      for (var start : starts) {
        ActorKeys other = start.get();
        assertThat(other.territoryRsa().getPublic()).isEqualTo(first.territoryRsa().getPublic());
        assertThat(other.territoryEd25519().getPublic().getEncoded())
            .isEqualTo(first.territoryEd25519().getPublic().getEncoded());
        assertThat(other.instanceRsa().getPublic()).isEqualTo(first.instanceRsa().getPublic());
      }
    } finally {
      threads.shutdown();
    }
  }

  @Test
  void filesAreReadableByTheirOwnerOnly() throws Exception {
    assumeThat(dir.getFileSystem().supportedFileAttributeViews()).contains("posix");
    Path keys = dir.resolve("keys");
    new ActorKeyFiles(keys).loadOrGenerate();

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys)))
        .isEqualTo("rwx------");
    for (String file :
        new String[] {
          ActorKeyFiles.TERRITORY_RSA, ActorKeyFiles.TERRITORY_ED25519, ActorKeyFiles.INSTANCE_RSA
        }) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys.resolve(file))))
          .isEqualTo("rw-------");
    }
    try (var leftovers = Files.list(keys)) {
      assertThat(leftovers).hasSize(3);
    }
  }

  @Test
  void eachFileHoldsThePrivateKeyAndItsPublicKeyInPem() throws Exception {
    ActorKeys keys = new ActorKeyFiles(dir).loadOrGenerate();
    String pem = Files.readString(dir.resolve(ActorKeyFiles.TERRITORY_RSA));

    assertThat(pem).contains("-----BEGIN PRIVATE KEY-----").contains("-----BEGIN PUBLIC KEY-----");
    assertThat(PemKeys.decodePublicKey(pem)).isEqualTo(keys.territoryRsa().getPublic());
    assertThat(keys.toString()).doesNotContain("PRIVATE").doesNotContain("MII");
  }

  @Test
  void providedKeysAreUsedAsTheyAre() throws Exception {
    KeyPair rsa = KeyPairs.generateRsa2048();
    write(dir.resolve(ActorKeyFiles.TERRITORY_RSA), rsa);

    ActorKeys keys = new ActorKeyFiles(dir).loadOrGenerate();

    assertThat(keys.territoryRsa().getPublic()).isEqualTo(rsa.getPublic());
  }

  @Test
  void aPrivateKeyThatDoesNotMatchItsPublicKeyIsRefused() throws Exception {
    KeyPair one = KeyPairs.generateRsa2048();
    KeyPair other = KeyPairs.generateRsa2048();
    Files.writeString(
        dir.resolve(ActorKeyFiles.TERRITORY_RSA),
        PemKeys.encodePrivateKey(one.getPrivate()) + PemKeys.encodePublicKey(other.getPublic()));

    assertThatThrownBy(() -> new ActorKeyFiles(dir).loadOrGenerate())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("do not belong together")
        .hasMessageNotContaining("BEGIN");
  }

  @Test
  void aKeyOfTheWrongAlgorithmIsRefused() throws Exception {
    write(dir.resolve(ActorKeyFiles.TERRITORY_ED25519), KeyPairs.generateRsa2048());

    assertThatThrownBy(() -> new ActorKeyFiles(dir).loadOrGenerate())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not an Ed25519 key");
  }

  @Test
  void anUnreadableFileIsRefusedWithoutQuotingIt() throws Exception {
    Files.writeString(dir.resolve(ActorKeyFiles.INSTANCE_RSA), "not a key at all");

    assertThatThrownBy(() -> new ActorKeyFiles(dir).loadOrGenerate())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(ActorKeyFiles.INSTANCE_RSA)
        .hasMessageNotContaining("not a key at all");
  }

  @Test
  void aReadOnlyDirectoryWithoutTheKeysStopsTheStartWithAnExplanation() throws Exception {
    assumeThat(dir.getFileSystem().supportedFileAttributeViews()).contains("posix");
    Path secret = Files.createDirectory(dir.resolve("secret"));
    Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("r-x------"));
    assumeThat(Files.isWritable(secret)).as("not running as root").isFalse();
    try {
      assertThatThrownBy(() -> new ActorKeyFiles(secret).loadOrGenerate())
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("essaim.federation.keys.dir");
    } finally {
      Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rwx------"));
    }
  }

  private static void write(Path file, KeyPair pair) throws Exception {
    Files.writeString(
        file,
        PemKeys.encodePrivateKey(pair.getPrivate()) + PemKeys.encodePublicKey(pair.getPublic()),
        StandardCharsets.US_ASCII);
  }
}
