// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import org.essaim.federation.FederationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MultikeyTest {
  private static JsonObject resource(String path) throws IOException {
    try (InputStream in = MultikeyTest.class.getResourceAsStream(path);
        JsonReader reader = Json.createReader(in)) {
      return reader.readObject();
    }
  }

  private static byte[] base64Url(String s) {
    return Base64.getUrlDecoder().decode(s);
  }

  @Test
  void base58SpecExamples() {
    // draft-msporny-base58, section 5.
    assertThat(Multikey.encodeBase58("Hello World!".getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo("2NEpo7TZRRrLZSi2U");
    assertThat(
            Multikey.encodeBase58(
                "The quick brown fox jumps over the lazy dog.".getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo("USm3fpXnKG5EUBx2ndxBDMPVciP5hGey2Jh4NDv6gmeo1LkMeiKrLJUUBk6Z");
    byte[] leadingZeros = HexFormat.of().parseHex("0000287fb4cd");
    assertThat(Multikey.encodeBase58(leadingZeros)).isEqualTo("11233QC4");
    assertThat(Multikey.decodeBase58("11233QC4")).isEqualTo(leadingZeros);
    assertThat(Multikey.encodeBase58(new byte[0])).isEmpty();
    assertThat(Multikey.decodeBase58("")).isEmpty();
    assertThat(Multikey.encodeBase58(new byte[3])).isEqualTo("111");
  }

  @Test
  void ed25519PublicKeysFromFep521aDecodeToTheirRawBytesAndReEncode() throws IOException {
    for (var vector : resource("/vectors/multikey/multikey-vectors.json").getJsonArray("ed25519")) {
      JsonObject v = vector.asJsonObject();
      byte[] raw = base64Url(v.getString("x"));
      PublicKey key = Multikey.decodePublicKey(v.getString("multikey"));
      assertThat(Multikey.rawEd25519PublicKey(key)).isEqualTo(raw);
      assertThat(Multikey.encodePublicKey(key)).isEqualTo(v.getString("multikey"));
      byte[] multibase = Multikey.decodeMultibase(v.getString("multikey"));
      assertThat(multibase).startsWith((byte) 0xed, (byte) 0x01).hasSize(34);
      assertThat(Multikey.encodePublicKey(Multikey.ed25519PublicKey(raw)))
          .isEqualTo(v.getString("multikey"));
    }
  }

  @Test
  void rsaPublicKeysFromFep521aUsePkcs1AndReEncode() throws Exception {
    for (var vector : resource("/vectors/multikey/multikey-vectors.json").getJsonArray("rsa")) {
      JsonObject v = vector.asJsonObject();
      BigInteger n = new BigInteger(1, base64Url(v.getString("n")));
      BigInteger e = new BigInteger(1, base64Url(v.getString("e")));
      PublicKey key = Multikey.decodePublicKey(v.getString("multikey"));
      assertThat(key).isInstanceOf(RSAPublicKey.class);
      assertThat(((RSAPublicKey) key).getModulus()).isEqualTo(n);
      assertThat(((RSAPublicKey) key).getPublicExponent()).isEqualTo(e);
      PublicKey built = KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(n, e));
      assertThat(Multikey.encodePublicKey(built)).isEqualTo(v.getString("multikey"));
      assertThat(Multikey.decodeMultibase(v.getString("multikey")))
          .startsWith((byte) 0x85, (byte) 0x24, (byte) 0x30);
    }
  }

  @Test
  void w3cTestKeyPairDecodesToAMatchingPair() throws Exception {
    JsonObject pair = resource("/vectors/eddsa-jcs-2022/keyPair.json");
    PrivateKey privateKey = Multikey.decodeEd25519PrivateKey(pair.getString("privateKeyMultibase"));
    PublicKey publicKey = Multikey.decodePublicKey(pair.getString("publicKeyMultibase"));
    assertThat(Multikey.decodeMultibase(pair.getString("privateKeyMultibase")))
        .startsWith((byte) 0x80, (byte) 0x26)
        .hasSize(34);
    assertThat(Multikey.encodeEd25519PrivateKey(privateKey))
        .isEqualTo(pair.getString("privateKeyMultibase"));
    assertThat(Multikey.encodePublicKey(publicKey)).isEqualTo(pair.getString("publicKeyMultibase"));

    byte[] message = "essaim".getBytes(StandardCharsets.UTF_8);
    Signature signer = Signature.getInstance("Ed25519");
    signer.initSign(privateKey);
    signer.update(message);
    byte[] signature = signer.sign();
    Signature verifier = Signature.getInstance("Ed25519");
    verifier.initVerify(publicKey);
    verifier.update(message);
    assertThat(verifier.verify(signature)).isTrue();
  }

  @Test
  void generatedKeysRoundTrip() throws Exception {
    KeyPair ed = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    String pub = Multikey.encodePublicKey(ed.getPublic());
    assertThat(pub).startsWith("z6Mk");
    assertThat(Multikey.decodePublicKey(pub).getEncoded()).isEqualTo(ed.getPublic().getEncoded());
    String priv = Multikey.encodeEd25519PrivateKey(ed.getPrivate());
    assertThat(priv).startsWith("z3u2");
    assertThat(Multikey.encodeEd25519PrivateKey(Multikey.decodeEd25519PrivateKey(priv)))
        .isEqualTo(priv);

    // RSA round trips are covered by the FEP-521a vectors: generating an RSA key costs 100 ms.
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "z",
        "u6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK",
        "z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2do0",
        "z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doI",
        "z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2dol",
        "z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK ",
        "z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2d",
        "z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doKK",
        "zé",
      })
  void garbageIsRejected(String input) {
    assertThatThrownBy(() -> Multikey.decodePublicKey(input))
        .isInstanceOf(MultikeyFormatException.class)
        .isInstanceOf(FederationException.class)
        .hasMessageNotContaining("Exception");
  }

  @Test
  void privateAndPublicKeysAreNotConfused() throws IOException {
    JsonObject pair = resource("/vectors/eddsa-jcs-2022/keyPair.json");
    assertThatThrownBy(() -> Multikey.decodePublicKey(pair.getString("privateKeyMultibase")))
        .isInstanceOf(MultikeyFormatException.class)
        .hasMessageContaining("private key");
    assertThatThrownBy(() -> Multikey.decodeEd25519PrivateKey(pair.getString("publicKeyMultibase")))
        .isInstanceOf(MultikeyFormatException.class)
        .hasMessageContaining("0xed");
  }

  @Test
  void unknownCodecAndBrokenRsaAreRejected() {
    // secp256k1-pub (0xe7) is a valid multicodec but not one we support.
    byte[] secp = new byte[35];
    secp[0] = (byte) 0xe7;
    secp[1] = 0x01;
    assertThatThrownBy(() -> Multikey.decodePublicKey(Multikey.encodeMultibase(secp)))
        .isInstanceOf(MultikeyFormatException.class)
        .hasMessageContaining("0xe7");
    byte[] brokenRsa = {(byte) 0x85, 0x24, 0x30, 0x05, 0x02, 0x01, 0x01, 0x02};
    assertThatThrownBy(() -> Multikey.decodePublicKey(Multikey.encodeMultibase(brokenRsa)))
        .isInstanceOf(MultikeyFormatException.class)
        .hasMessageContaining("PKCS #1");
    assertThatThrownBy(() -> Multikey.decodePublicKey("z" + "2".repeat(5000)))
        .isInstanceOf(MultikeyFormatException.class)
        .hasMessageContaining("too long");
  }
}
