// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PemKeysTest {
  private static String resource(String path) throws IOException {
    try (InputStream in = PemKeysTest.class.getResourceAsStream("/vectors/rfc9421/" + path)) {
      return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    }
  }

  @Test
  void generatedRsaKeysRoundTripThroughPem() throws Exception {
    KeyPair pair = KeyPairs.generateRsa2048();
    assertThat(((RSAPublicKey) pair.getPublic()).getModulus().bitLength()).isEqualTo(2048);
    String publicPem = PemKeys.encodePublicKey(pair.getPublic());
    String privatePem = PemKeys.encodePrivateKey(pair.getPrivate());
    assertThat(publicPem)
        .startsWith("-----BEGIN PUBLIC KEY-----\n")
        .endsWith("-----END PUBLIC KEY-----\n");
    assertThat(privatePem).startsWith("-----BEGIN PRIVATE KEY-----\n");
    assertThat(PemKeys.decodePublicKey(publicPem)).isEqualTo(pair.getPublic());
    assertThat(PemKeys.decodePrivateKey(privatePem)).isEqualTo(pair.getPrivate());
  }

  @Test
  void generatedEd25519KeysRoundTripThroughPem() throws Exception {
    KeyPair pair = KeyPairs.generateEd25519();
    PublicKey publicKey = PemKeys.decodePublicKey(PemKeys.encodePublicKey(pair.getPublic()));
    PrivateKey privateKey = PemKeys.decodePrivateKey(PemKeys.encodePrivateKey(pair.getPrivate()));
    assertThat(publicKey.getEncoded()).isEqualTo(pair.getPublic().getEncoded());
    Signature signer = Signature.getInstance("Ed25519");
    signer.initSign(privateKey);
    signer.update(new byte[] {1, 2, 3});
    byte[] sig = signer.sign();
    Signature verifier = Signature.getInstance("Ed25519");
    verifier.initVerify(publicKey);
    verifier.update(new byte[] {1, 2, 3});
    assertThat(verifier.verify(sig)).isTrue();
  }

  @Test
  void decodesPkcs1RsaKeysFromRfc9421() throws Exception {
    String pem = resource("test-key-rsa.pem");
    RSAPublicKey publicKey = (RSAPublicKey) PemKeys.decodePublicKey(pem);
    RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) PemKeys.decodePrivateKey(pem);
    assertThat(publicKey.getModulus()).isEqualTo(privateKey.getModulus());
    assertThat(publicKey.getPublicExponent().intValue()).isEqualTo(65537);
    // Re-encoded as SPKI and PKCS#8, the keys read back identically.
    assertThat(PemKeys.decodePublicKey(PemKeys.encodePublicKey(publicKey))).isEqualTo(publicKey);
    assertThat(PemKeys.decodePrivateKey(PemKeys.encodePrivateKey(privateKey)))
        .isEqualTo(privateKey);
  }

  @Test
  void decodesPkcs8RsaPssAndEd25519KeysFromRfc9421() throws Exception {
    assertThat(PemKeys.decodePrivateKey(resource("test-key-rsa-pss.pem")).getAlgorithm())
        .isEqualTo("RSASSA-PSS");
    assertThat(PemKeys.decodePublicKey(resource("test-key-rsa-pss.pem")).getAlgorithm())
        .isEqualTo("RSA");
    assertThat(PemKeys.decodePublicKey(resource("test-key-ed25519.pem")).getAlgorithm())
        .isIn("Ed25519", "EdDSA");
    assertThat(PemKeys.decodePrivateKey(resource("test-key-ed25519.pem")).getAlgorithm())
        .isIn("Ed25519", "EdDSA");
    assertThat(PemKeys.decodePublicKey(resource("test-key-ecc-p256.pem")).getAlgorithm())
        .isEqualTo("EC");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "not a key",
        "-----BEGIN PUBLIC KEY-----\n!!!!\n-----END PUBLIC KEY-----",
        "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----",
        "-----BEGIN PUBLIC KEY-----\nMAMCAQA=\n-----END PUBLIC KEY-----",
        "-----BEGIN RSA PUBLIC KEY-----\nMAMCAQA=\n-----END RSA PUBLIC KEY-----",
        "-----BEGIN PRIVATE KEY-----\nMAMCAQA=\n-----END PRIVATE KEY-----"
      })
  void garbageIsAKeyFormatException(String text) {
    assertThatThrownBy(() -> PemKeys.decodePublicKey(text)).isInstanceOf(KeyFormatException.class);
  }

  @Test
  void garbagePrivateKeysAreKeyFormatExceptions() {
    assertThatThrownBy(
            () ->
                PemKeys.decodePrivateKey(
                    "-----BEGIN RSA PRIVATE KEY-----\nMAMCAQA=\n-----END RSA PRIVATE KEY-----"))
        .isInstanceOf(KeyFormatException.class);
    assertThatThrownBy(
            () ->
                PemKeys.decodePrivateKey(
                    "-----BEGIN ENCRYPTED PRIVATE KEY-----\nMAMCAQA=\n-----END ENCRYPTED PRIVATE KEY-----"))
        .isInstanceOf(KeyFormatException.class)
        .hasMessageContaining("Encrypted");
    assertThatThrownBy(
            () -> PemKeys.publicKeyFromSpki(new byte[] {0x30, 0x05, 0x30, 0x03, 0x06, 0x01, 0x00}))
        .isInstanceOf(KeyFormatException.class);
  }
}
