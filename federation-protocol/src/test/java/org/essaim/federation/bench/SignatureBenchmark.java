// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.bench;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.Signature;
import java.util.concurrent.TimeUnit;
import org.essaim.federation.keys.KeyPairs;
import org.essaim.federation.sig.CavageSigner;
import org.essaim.federation.sig.HttpFields;
import org.essaim.federation.sig.KeyResolver;
import org.essaim.federation.sig.Rfc9421Signer;
import org.essaim.federation.sig.SignableRequest;
import org.essaim.federation.sig.SignatureAlgorithm;
import org.essaim.federation.sig.SignatureVerifier;
import org.essaim.federation.sig.VerificationPolicy;
import org.essaim.federation.sig.VerifiedSignature;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Signing and verifying an inbox POST in both schemes, against the raw JDK signature cost of the
 * same key (the aim: verification within 2x of it). Results in docs/performance.md.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SignatureBenchmark {

  private static final URI INBOX = URI.create("https://miramas.essaim.example/inbox");
  private static final String KEY_ID = "https://grenoble.essaim.example/actor#main-key";
  private static final byte[] BODY =
      ("{\"@context\":\"https://www.w3.org/ns/activitystreams\",\"type\":\"Create\","
              + "\"actor\":\"https://grenoble.essaim.example/actor\"}")
          .getBytes(StandardCharsets.UTF_8);

  private final KeyPair rsa = KeyPairs.generateRsa2048();
  private final KeyPair ed25519 = KeyPairs.generateEd25519();
  private final SignatureVerifier verifier = new SignatureVerifier(VerificationPolicy.defaults());
  private final KeyResolver rsaKey = id -> rsa.getPublic();
  private final KeyResolver edKey = id -> ed25519.getPublic();

  private CavageSigner cavageRsa;
  private Rfc9421Signer rfcRsa;
  private Rfc9421Signer rfcEd25519;
  private SignableRequest unsigned;
  private SignableRequest cavageRsaSigned;
  private SignableRequest rfcRsaSigned;
  private SignableRequest rfcEd25519Signed;
  private byte[] rawRsaSignature;
  private byte[] rawEdSignature;

  @Setup
  public void setUp() throws Exception {
    cavageRsa = CavageSigner.builder(KEY_ID, rsa.getPrivate()).build();
    rfcRsa =
        Rfc9421Signer.builder(KEY_ID, rsa.getPrivate())
            .algorithm(SignatureAlgorithm.RSA_V1_5_SHA256)
            .build();
    rfcEd25519 =
        Rfc9421Signer.builder(KEY_ID, ed25519.getPrivate())
            .algorithm(SignatureAlgorithm.ED25519)
            .build();
    unsigned =
        SignableRequest.post(
            INBOX, HttpFields.of("Content-Type", "application/activity+json"), BODY);
    cavageRsaSigned = cavageRsa.sign(unsigned);
    rfcRsaSigned = rfcRsa.sign(unsigned);
    rfcEd25519Signed = rfcEd25519.sign(unsigned);
    rawRsaSignature = rawSign("SHA256withRSA", rsa);
    rawEdSignature = rawSign("Ed25519", ed25519);
  }

  @Benchmark
  public SignableRequest cavageRsaSign() {
    return cavageRsa.sign(unsigned);
  }

  @Benchmark
  public VerifiedSignature cavageRsaVerify() {
    return verifier.verify(cavageRsaSigned, rsaKey);
  }

  @Benchmark
  public SignableRequest rfc9421RsaSign() {
    return rfcRsa.sign(unsigned);
  }

  @Benchmark
  public VerifiedSignature rfc9421RsaVerify() {
    return verifier.verify(rfcRsaSigned, rsaKey);
  }

  @Benchmark
  public SignableRequest rfc9421Ed25519Sign() {
    return rfcEd25519.sign(unsigned);
  }

  @Benchmark
  public VerifiedSignature rfc9421Ed25519Verify() {
    return verifier.verify(rfcEd25519Signed, edKey);
  }

  /** The JDK alone verifying an RSA-2048 signature over a similar-sized input. */
  @Benchmark
  public boolean jdkRsaVerify() throws Exception {
    Signature signature = Signature.getInstance("SHA256withRSA");
    signature.initVerify(rsa.getPublic());
    signature.update(BODY);
    return signature.verify(rawRsaSignature);
  }

  /** The JDK alone verifying an Ed25519 signature over a similar-sized input. */
  @Benchmark
  public boolean jdkEd25519Verify() throws Exception {
    Signature signature = Signature.getInstance("Ed25519");
    signature.initVerify(ed25519.getPublic());
    signature.update(BODY);
    return signature.verify(rawEdSignature);
  }

  private static byte[] rawSign(String algorithm, KeyPair keys) throws Exception {
    Signature signature = Signature.getInstance(algorithm);
    signature.initSign(keys.getPrivate());
    signature.update(BODY);
    return signature.sign();
  }
}
