// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.bench;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;
import org.essaim.federation.jsonld.ActivityStreamsCodec;
import org.essaim.federation.vocab.Activity;
import org.essaim.federation.vocab.AsObject;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Reading an incoming activity end to end: bounded JSON parsing, keyword and context checks,
 * JSON-LD expansion, mapping to the typed model. Results in docs/performance.md.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ParseBenchmark {

  private final ActivityStreamsCodec codec = new ActivityStreamsCodec();
  private byte[] mastodonCreateNote;
  private byte[] essaimCreateProject;

  @Setup
  public void load() throws IOException {
    mastodonCreateNote = resource("/fixtures/mastodon.social/users/Gargron/create-note.json");
    essaimCreateProject = resource("/bench/create-project.json");
  }

  @Benchmark
  public Activity mastodonCreateNote() {
    return new Activity(codec.read(mastodonCreateNote));
  }

  @Benchmark
  public Activity essaimCreateProject() {
    return new Activity(codec.read(essaimCreateProject));
  }

  @Benchmark
  public byte[] writeCreateProject() {
    return codec.writeBytes(projectActivity);
  }

  private AsObject projectActivity;

  @Setup
  public void parseOnce() throws IOException {
    projectActivity = codec.read(resource("/bench/create-project.json"));
  }

  private static byte[] resource(String path) throws IOException {
    try (InputStream in = ParseBenchmark.class.getResourceAsStream(path)) {
      return in.readAllBytes();
    }
  }
}
