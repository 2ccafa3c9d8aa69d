// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.federation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.essaim.federation.FederationException;
import org.essaim.federation.keys.KeyPairs;
import org.essaim.federation.keys.PemKeys;

/**
 * The actor key pairs as PEM files in one directory, one file per key pair holding its PKCS#8
 * private key and its SPKI public key ({@code territory-rsa.pem}, {@code territory-ed25519.pem},
 * {@code instance-rsa.pem}). A missing file is generated (mode 0600 in a 0700 directory where the
 * file system has POSIX permissions, written whole then moved into place); an existing one is read
 * and checked: the right algorithm, an RSA modulus of at least 2048 bits, and a private key that
 * matches its public key. Errors name the file, never its content.
 */
public final class ActorKeyFiles {

  public static final String TERRITORY_RSA = "territory-rsa.pem";
  public static final String TERRITORY_ED25519 = "territory-ed25519.pem";
  public static final String INSTANCE_RSA = "instance-rsa.pem";

  private static final Logger LOG = Logger.getLogger(ActorKeyFiles.class.getName());
  private static final byte[] PROBE = "essaim actor key check".getBytes(StandardCharsets.UTF_8);

  private final Path directory;

  public ActorKeyFiles(Path directory) {
    this.directory = Objects.requireNonNull(directory, "directory");
  }

  public Path directory() {
    return directory;
  }

  /** Reads the three key pairs, generating those that do not exist yet. */
  public ActorKeys loadOrGenerate() {
    return new ActorKeys(
        pair(TERRITORY_RSA, "RSA", KeyPairs::generateRsa2048),
        pair(TERRITORY_ED25519, "Ed25519", KeyPairs::generateEd25519),
        pair(INSTANCE_RSA, "RSA", KeyPairs::generateRsa2048));
  }

  private KeyPair pair(String fileName, String algorithm, Supplier<KeyPair> generator) {
    Path file = directory.resolve(fileName);
    if (!Files.exists(file)) {
      generate(file, generator.get());
    }
    return read(file, algorithm);
  }

  private void generate(Path file, KeyPair pair) {
    try {
      createDirectory();
      Path temporary =
          posix()
              ? Files.createTempFile(directory, ".key-", ".tmp", ownerOnly("rw-------"))
              : Files.createTempFile(directory, ".key-", ".tmp");
      try {
        Files.writeString(
            temporary,
            PemKeys.encodePrivateKey(pair.getPrivate()) + PemKeys.encodePublicKey(pair.getPublic()),
            StandardCharsets.US_ASCII);
        if (!publish(temporary, file)) {
          return;
        }
      } finally {
        Files.deleteIfExists(temporary);
      }
      LOG.info(() -> "Generated the actor key " + file.getFileName() + " in " + directory);
    } catch (AccessDeniedException e) {
      throw new IllegalStateException(
          "The actor key "
              + file
              + " does not exist and cannot be created there (read-only secret directory?):"
              + " provide it, or point essaim.federation.keys.dir at a writable directory",
          e);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the actor key " + file, e);
    }
  }

  /**
   * Puts the written key in place unless another process (a replica started at the same moment on
   * the same directory) put one there first: that one wins and every process reads it. A rename
   * would not do: on POSIX it replaces the target, leaving two processes with different keys.
   *
   * @return false when the file was already there
   */
  static boolean publish(Path temporary, Path file) throws IOException {
    try {
      // A hard link is created whole, or fails when the name exists: atomic, never replacing.
      Files.createLink(file, temporary);
      return true;
    } catch (FileAlreadyExistsException raced) {
      return false;
    } catch (UnsupportedOperationException | IOException noHardLinks) {
      if (Files.exists(file)) {
        return false;
      }
      // A file system without hard links: a move that refuses an existing target (checked, then
      // moved: a narrow race left, on file systems a node's keys rarely live on).
      try {
        Files.move(temporary, file);
        return true;
      } catch (FileAlreadyExistsException raced) {
        return false;
      }
    }
  }

  private void createDirectory() throws IOException {
    if (Files.isDirectory(directory)) {
      return;
    }
    if (posix()) {
      Files.createDirectories(directory, ownerOnly("rwx------"));
    } else {
      Files.createDirectories(directory);
    }
  }

  private KeyPair read(Path file, String algorithm) {
    String pem;
    try {
      pem = Files.readString(file, StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the actor key " + file, e);
    }
    warnIfOthersCanRead(file);
    PrivateKey privateKey;
    PublicKey publicKey;
    try {
      privateKey = PemKeys.decodePrivateKey(pem);
      publicKey = PemKeys.decodePublicKey(pem);
    } catch (FederationException e) {
      throw new IllegalStateException(
          "The actor key "
              + file
              + " must hold a PKCS#8 private key and its SPKI public key in PEM",
          e);
    }
    if (!isAlgorithm(privateKey.getAlgorithm(), algorithm)
        || !isAlgorithm(publicKey.getAlgorithm(), algorithm)) {
      throw new IllegalStateException("The actor key " + file + " is not an " + algorithm + " key");
    }
    if (publicKey instanceof RSAPublicKey rsa && rsa.getModulus().bitLength() < 2048) {
      throw new IllegalStateException(
          "The actor key " + file + " is too short: RSA keys have at least 2048 bits");
    }
    if (!matches(privateKey, publicKey)) {
      throw new IllegalStateException(
          "The private and public keys in " + file + " do not belong together");
    }
    return new KeyPair(publicKey, privateKey);
  }

  // The JDK names Ed25519 keys "EdDSA" (the family) or "Ed25519", depending on how they were made.
  private static boolean isAlgorithm(String actual, String expected) {
    return expected.equals(actual) || ("Ed25519".equals(expected) && "EdDSA".equals(actual));
  }

  static boolean matches(PrivateKey privateKey, PublicKey publicKey) {
    String algorithm = "RSA".equals(publicKey.getAlgorithm()) ? "SHA256withRSA" : "Ed25519";
    try {
      Signature signer = Signature.getInstance(algorithm);
      signer.initSign(privateKey);
      signer.update(PROBE);
      byte[] signature = signer.sign();
      Signature verifier = Signature.getInstance(algorithm);
      verifier.initVerify(publicKey);
      verifier.update(PROBE);
      return verifier.verify(signature);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  private void warnIfOthersCanRead(Path file) {
    if (!posix()) {
      return;
    }
    try {
      Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
      if (permissions.contains(PosixFilePermission.OTHERS_READ)) {
        LOG.warning(
            () ->
                "The actor key " + file + " is readable by every user of this machine (chmod 600)");
      }
    } catch (IOException | UnsupportedOperationException e) {
      // Permissions unknown: nothing to say.
    }
  }

  private boolean posix() {
    Path existing = directory;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    return existing != null
        && existing.getFileSystem().supportedFileAttributeViews().contains("posix");
  }

  private static FileAttribute<Set<PosixFilePermission>> ownerOnly(String permissions) {
    return PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions));
  }
}
