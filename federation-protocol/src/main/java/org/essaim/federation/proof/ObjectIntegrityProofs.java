// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.proof;

import static org.essaim.federation.proof.ProofVerificationException.Reason.CONTEXT_MISMATCH;
import static org.essaim.federation.proof.ProofVerificationException.Reason.EXPIRED;
import static org.essaim.federation.proof.ProofVerificationException.Reason.INVALID_PROOF;
import static org.essaim.federation.proof.ProofVerificationException.Reason.MALFORMED_PROOF;
import static org.essaim.federation.proof.ProofVerificationException.Reason.MISSING_PROOF;
import static org.essaim.federation.proof.ProofVerificationException.Reason.MULTIPLE_PROOFS;
import static org.essaim.federation.proof.ProofVerificationException.Reason.PURPOSE_MISMATCH;
import static org.essaim.federation.proof.ProofVerificationException.Reason.UNKNOWN_KEY;
import static org.essaim.federation.proof.ProofVerificationException.Reason.UNSUPPORTED_CRYPTOSUITE;
import static org.essaim.federation.proof.ProofVerificationException.Reason.UNSUPPORTED_PROOF_CHAIN;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.interfaces.EdECPublicKey;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.essaim.federation.keys.Multikey;
import org.essaim.federation.keys.MultikeyFormatException;

/**
 * FEP-8b32 Object Integrity Proofs with the {@code eddsa-jcs-2022} cryptosuite (W3C Data Integrity
 * EdDSA Cryptosuites v1.0): the proof options and the document without its proof are each
 * canonicalised with RFC 8785, hashed with SHA-256, and the two hashes (options first) are signed
 * with Ed25519.
 *
 * <p>Several proofs on one document are handled as a Data Integrity proof set: each proof signs the
 * document without any proof, {@link #createProof} appends to an existing set and {@link
 * #verifyProofs} checks every member. Proof chains ({@code previousProof}) are refused.
 *
 * <p>Context: a new proof copies the document's {@code @context}, as the cryptosuite asks. When a
 * received proof has its own {@code @context}, it must be a prefix of the document's and replaces
 * it for hashing. Proofs embedded without {@code @context} are first checked as the specification
 * reads (no context in the proof configuration), then with the document's context added, because
 * FEP-8b32 implementations such as Fedify hash it that way while leaving it out of the embedded
 * proof.
 *
 * <p>The document is signed as given: for JSON-LD processors to see the proof, its {@code @context}
 * should already include {@link #DATA_INTEGRITY_CONTEXT} (or the v1 context), which this class does
 * not add because that would change what is signed behind the caller's back.
 */
public final class ObjectIntegrityProofs {
  public static final String PROOF_TYPE = "DataIntegrityProof";
  public static final String CRYPTOSUITE = "eddsa-jcs-2022";
  public static final String ASSERTION_METHOD = "assertionMethod";

  /** The JSON-LD context defining {@code DataIntegrityProof} and its members. */
  public static final String DATA_INTEGRITY_CONTEXT = "https://w3id.org/security/data-integrity/v2";

  private static final String PROOF = "proof";
  private static final String CONTEXT = "@context";
  private static final String PROOF_VALUE = "proofValue";
  private static final int SIGNATURE_LENGTH = 64;

  private ObjectIntegrityProofs() {}

  /** Signs the document for {@code assertionMethod}. */
  public static JsonObject createProof(
      JsonObject document, PrivateKey ed25519, URI verificationMethod, Instant created) {
    return createProof(document, ed25519, verificationMethod, created, ASSERTION_METHOD);
  }

  /**
   * Returns the document with a new {@code proof} member, or with the proof appended to an existing
   * proof set. {@code created} is written as {@link Instant#toString()}, so pass a value truncated
   * to seconds for the most widely readable form.
   */
  public static JsonObject createProof(
      JsonObject document,
      PrivateKey ed25519,
      URI verificationMethod,
      Instant created,
      String proofPurpose) {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(created, "created");
    if (!(ed25519 instanceof EdECPrivateKey edKey)
        || !"Ed25519".equalsIgnoreCase(edKey.getParams().getName())) {
      throw new ProofCreationException(
          "eddsa-jcs-2022 needs an Ed25519 private key, not "
              + (ed25519 == null ? "null" : ed25519.getAlgorithm()));
    }
    if (verificationMethod == null || !verificationMethod.isAbsolute()) {
      throw new ProofCreationException("The verification method must be an absolute URI");
    }
    if (proofPurpose == null || proofPurpose.isBlank()) {
      throw new ProofCreationException("The proof purpose must not be empty");
    }

    JsonObjectBuilder options =
        Json.createObjectBuilder()
            .add("type", PROOF_TYPE)
            .add("cryptosuite", CRYPTOSUITE)
            .add("verificationMethod", verificationMethod.toString())
            .add("proofPurpose", proofPurpose)
            .add("created", created.toString());
    if (document.containsKey(CONTEXT)) {
      options.add(CONTEXT, document.get(CONTEXT));
    }
    JsonObject proofOptions = options.build();
    JsonObject unsecured = Json.createObjectBuilder(document).remove(PROOF).build();

    byte[] signature;
    try {
      Signature signer = Signature.getInstance("Ed25519");
      signer.initSign(ed25519);
      signer.update(hashData(proofOptions, unsecured));
      signature = signer.sign();
    } catch (GeneralSecurityException e) {
      throw new ProofCreationException("Ed25519 signing failed", e);
    } catch (CanonicalizationException e) {
      throw new ProofCreationException("The document cannot be signed: " + e.getMessage(), e);
    }
    JsonObject proof =
        Json.createObjectBuilder(proofOptions)
            .add(PROOF_VALUE, Multikey.encodeMultibase(signature))
            .build();

    JsonValue existing = document.get(PROOF);
    JsonValue proofMember;
    if (existing == null) {
      proofMember = proof;
    } else {
      JsonArrayBuilder set =
          existing instanceof JsonArray array
              ? Json.createArrayBuilder(array)
              : Json.createArrayBuilder().add(existing);
      proofMember = set.add(proof).build();
    }
    return Json.createObjectBuilder(document).add(PROOF, proofMember).build();
  }

  /**
   * Verifies the single {@code assertionMethod} proof of the document now, and returns its
   * verification method.
   */
  public static URI verifyProof(JsonObject signed, Function<URI, PublicKey> keyLookup) {
    return verifyProof(signed, keyLookup, ASSERTION_METHOD, Instant.now());
  }

  /**
   * Verifies the single proof of the document and returns its verification method. {@code
   * keyLookup} returns the Ed25519 public key of a verification method, or null when unknown.
   */
  public static URI verifyProof(
      JsonObject signed,
      Function<URI, PublicKey> keyLookup,
      String expectedProofPurpose,
      Instant now) {
    List<JsonValue> proofs = proofs(signed);
    if (proofs.size() > 1) {
      throw new ProofVerificationException(
          MULTIPLE_PROOFS, "The document carries " + proofs.size() + " proofs, expected one");
    }
    return verifyOne(signed, proofs.get(0), keyLookup, expectedProofPurpose, now);
  }

  /**
   * Verifies every proof of a proof set (or a single proof) and returns their verification methods
   * in document order; one failing proof fails the whole document.
   */
  public static List<URI> verifyProofs(
      JsonObject signed,
      Function<URI, PublicKey> keyLookup,
      String expectedProofPurpose,
      Instant now) {
    List<URI> methods = new ArrayList<>();
    for (JsonValue proof : proofs(signed)) {
      methods.add(verifyOne(signed, proof, keyLookup, expectedProofPurpose, now));
    }
    return List.copyOf(methods);
  }

  /** SHA-256 of the canonical proof configuration followed by SHA-256 of the canonical document. */
  static byte[] hashData(JsonObject proofConfig, JsonObject unsecuredDocument) {
    byte[] configHash = sha256(Jcs.canonicalBytes(proofConfig));
    byte[] documentHash = sha256(Jcs.canonicalBytes(unsecuredDocument));
    byte[] hashData = new byte[configHash.length + documentHash.length];
    System.arraycopy(configHash, 0, hashData, 0, configHash.length);
    System.arraycopy(documentHash, 0, hashData, configHash.length, documentHash.length);
    return hashData;
  }

  private static List<JsonValue> proofs(JsonObject signed) {
    Objects.requireNonNull(signed, "signed");
    JsonValue proof = signed.get(PROOF);
    if (proof == null || proof.getValueType() == JsonValue.ValueType.NULL) {
      throw new ProofVerificationException(MISSING_PROOF, "The document has no proof");
    }
    List<JsonValue> proofs = proof instanceof JsonArray array ? array : List.of(proof);
    if (proofs.isEmpty()) {
      throw new ProofVerificationException(MISSING_PROOF, "The document has an empty proof set");
    }
    return proofs;
  }

  private static URI verifyOne(
      JsonObject signed,
      JsonValue proofValue,
      Function<URI, PublicKey> keyLookup,
      String expectedProofPurpose,
      Instant now) {
    if (!(proofValue instanceof JsonObject proof)) {
      throw new ProofVerificationException(MALFORMED_PROOF, "A proof is not a JSON object");
    }
    String type = optionalString(proof, "type");
    String cryptosuite = optionalString(proof, "cryptosuite");
    if (!PROOF_TYPE.equals(type) || !CRYPTOSUITE.equals(cryptosuite)) {
      throw new ProofVerificationException(
          UNSUPPORTED_CRYPTOSUITE,
          "Unsupported proof type "
              + quoted(type)
              + " with cryptosuite "
              + quoted(cryptosuite)
              + "; only DataIntegrityProof with eddsa-jcs-2022 is supported");
    }
    if (proof.containsKey("previousProof")) {
      throw new ProofVerificationException(
          UNSUPPORTED_PROOF_CHAIN, "Proof chains (previousProof) are not supported");
    }
    URI verificationMethod = absoluteUri(requiredString(proof, "verificationMethod"));
    String purpose = requiredString(proof, "proofPurpose");
    if (!purpose.equals(expectedProofPurpose)) {
      throw new ProofVerificationException(
          PURPOSE_MISMATCH,
          "The proof purpose is " + quoted(purpose) + ", expected " + quoted(expectedProofPurpose));
    }
    if (proof.containsKey("created")) {
      dateTime(requiredString(proof, "created"), "created");
    }
    Instant expires =
        proof.containsKey("expires") ? dateTime(requiredString(proof, "expires"), "expires") : null;
    byte[] signature = signatureBytes(requiredString(proof, PROOF_VALUE));

    JsonObject proofOptions = Json.createObjectBuilder(proof).remove(PROOF_VALUE).build();
    JsonObject unsecured = Json.createObjectBuilder(signed).remove(PROOF).build();
    JsonValue proofContext = proofOptions.get(CONTEXT);
    if (proofContext != null) {
      requireContextPrefix(proofContext, signed.get(CONTEXT));
      unsecured = Json.createObjectBuilder(unsecured).add(CONTEXT, proofContext).build();
    }

    PublicKey key = lookUp(keyLookup, verificationMethod);
    if (!signatureMatches(key, signature, proofOptions, unsecured, signed.get(CONTEXT))) {
      throw new ProofVerificationException(
          INVALID_PROOF,
          "The signature by " + verificationMethod + " does not match the document and its proof");
    }
    // Checked after the signature so that the reason given is about an authentic proof.
    if (expires != null && now.isAfter(expires)) {
      throw new ProofVerificationException(EXPIRED, "The proof expired at " + expires);
    }
    return verificationMethod;
  }

  private static boolean signatureMatches(
      PublicKey key,
      byte[] signature,
      JsonObject proofOptions,
      JsonObject unsecured,
      JsonValue documentContext) {
    try {
      if (verifies(key, hashData(proofOptions, unsecured), signature)) {
        return true;
      }
      if (!proofOptions.containsKey(CONTEXT) && documentContext != null) {
        JsonObject inherited =
            Json.createObjectBuilder(proofOptions).add(CONTEXT, documentContext).build();
        return verifies(key, hashData(inherited, unsecured), signature);
      }
      return false;
    } catch (CanonicalizationException e) {
      throw new ProofVerificationException(
          INVALID_PROOF, "The document cannot be verified: " + e.getMessage(), e);
    }
  }

  private static void requireContextPrefix(JsonValue proofContext, JsonValue documentContext) {
    List<JsonValue> prefix = asList(proofContext);
    List<JsonValue> full = documentContext == null ? List.of() : asList(documentContext);
    if (prefix.size() > full.size() || !full.subList(0, prefix.size()).equals(prefix)) {
      throw new ProofVerificationException(
          CONTEXT_MISMATCH, "The proof's @context is not a prefix of the document's @context");
    }
  }

  private static List<JsonValue> asList(JsonValue context) {
    return context instanceof JsonArray array ? array : List.of(context);
  }

  private static PublicKey lookUp(Function<URI, PublicKey> keyLookup, URI verificationMethod) {
    PublicKey key;
    try {
      key = keyLookup.apply(verificationMethod);
    } catch (RuntimeException e) {
      throw new ProofVerificationException(
          UNKNOWN_KEY, "The key " + verificationMethod + " could not be obtained", e);
    }
    if (key == null) {
      throw new ProofVerificationException(UNKNOWN_KEY, "Unknown key " + verificationMethod);
    }
    if (!(key instanceof EdECPublicKey edKey)
        || !"Ed25519".equalsIgnoreCase(edKey.getParams().getName())) {
      throw new ProofVerificationException(
          UNKNOWN_KEY,
          "The key " + verificationMethod + " is " + key.getAlgorithm() + ", not Ed25519");
    }
    return key;
  }

  private static boolean verifies(PublicKey key, byte[] data, byte[] signature) {
    try {
      Signature verifier = Signature.getInstance("Ed25519");
      verifier.initVerify(key);
      verifier.update(data);
      return verifier.verify(signature);
    } catch (GeneralSecurityException e) {
      return false; // a malformed signature is simply not a valid one
    }
  }

  private static byte[] signatureBytes(String proofValue) {
    byte[] signature;
    try {
      signature = Multikey.decodeMultibase(proofValue);
    } catch (MultikeyFormatException e) {
      throw new ProofVerificationException(
          MALFORMED_PROOF, "proofValue is not multibase base58btc: " + e.getMessage(), e);
    }
    if (signature.length != SIGNATURE_LENGTH) {
      throw new ProofVerificationException(
          MALFORMED_PROOF,
          "proofValue holds " + signature.length + " bytes, an Ed25519 signature has 64");
    }
    return signature;
  }

  private static String optionalString(JsonObject proof, String name) {
    return proof.get(name) instanceof JsonString s ? s.getString() : null;
  }

  private static String requiredString(JsonObject proof, String name) {
    String value = optionalString(proof, name);
    if (value == null) {
      throw new ProofVerificationException(
          MALFORMED_PROOF, "The proof has no string member '" + name + "'");
    }
    return value;
  }

  private static URI absoluteUri(String value) {
    try {
      URI uri = new URI(value);
      if (uri.isAbsolute()) {
        return uri;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    throw new ProofVerificationException(
        MALFORMED_PROOF, "verificationMethod is not an absolute URI");
  }

  private static Instant dateTime(String value, String name) {
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      throw new ProofVerificationException(
          MALFORMED_PROOF, name + " is not a date-time with a time zone");
    }
  }

  private static String quoted(String value) {
    return value == null ? "(none)" : "'" + value + "'";
  }

  private static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }
}
