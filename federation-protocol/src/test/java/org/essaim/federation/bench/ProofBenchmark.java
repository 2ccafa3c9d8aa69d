// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.bench;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.security.KeyPair;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.essaim.federation.jsonld.ActivityStreamsCodec;
import org.essaim.federation.keys.KeyPairs;
import org.essaim.federation.proof.ObjectIntegrityProofs;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** FEP-8b32 proofs (eddsa-jcs-2022) on a Create{Project}. Results in docs/performance.md. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ProofBenchmark {

  private static final URI KEY = URI.create("https://miramas.essaim.example/actor#ed25519-key");
  private static final Instant CREATED = Instant.parse("2024-10-20T09:00:00Z");

  private final KeyPair keys = KeyPairs.generateEd25519();
  private JsonObject document;
  private JsonObject signed;

  @Setup
  public void setUp() throws IOException {
    ActivityStreamsCodec codec = new ActivityStreamsCodec();
    try (InputStream in = ProofBenchmark.class.getResourceAsStream("/bench/create-project.json")) {
      document = codec.write(codec.read(in.readAllBytes()));
    }
    signed = ObjectIntegrityProofs.createProof(document, keys.getPrivate(), KEY, CREATED);
  }

  @Benchmark
  public JsonObject createProof() {
    return ObjectIntegrityProofs.createProof(document, keys.getPrivate(), KEY, CREATED);
  }

  @Benchmark
  public URI verifyProof() {
    return ObjectIntegrityProofs.verifyProof(signed, uri -> keys.getPublic());
  }
}
