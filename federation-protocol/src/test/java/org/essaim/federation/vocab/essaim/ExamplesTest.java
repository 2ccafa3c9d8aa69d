// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.vocab.essaim;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.essaim.federation.vocab.AsObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The example files under {@code examples/essaim/} are exactly what Essaim writes for the demo
 * objects; docs/federation.md links them, so the docs cannot drift from the code. The files cite
 * the Essaim context by its URL where the wire format has it inline. Run with {@code
 * -Dessaim.examples.update=true} to regenerate them after an intended change.
 */
class ExamplesTest {

  private static final String ESSAIM_CONTEXT = "https://essaim.org/ns/v1";

  static Iterable<Samples> samples() {
    return Samples.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void exampleFileIsWhatEssaimWrites(Samples sample) throws IOException {
    String example = example(RoundTrip.write(sample.object()));
    if (Boolean.getBoolean("essaim.examples.update")) {
      Path file = Path.of("src/test/resources/examples/essaim", sample.type() + ".json");
      Files.createDirectories(file.getParent());
      Files.writeString(file, example, StandardCharsets.UTF_8);
    }
    assertThat(parse(exampleFile(sample))).isEqualTo(parse(example));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void exampleFileReadsBackAsTheDemoRecord(Samples sample) throws IOException {
    // A receiver with the bundled context reads the short form exactly as the inline one.
    AsObject read = RoundTrip.read(exampleFile(sample));
    assertThat(sample.from().apply(read)).isEqualTo(sample.record());
  }

  /** What Essaim writes, with the inline Essaim context shown by its URL to keep examples short. */
  private static String example(String written) {
    JsonObject document = parse(written);
    JsonArray context = document.getJsonArray("@context");
    JsonArrayBuilder shortContext = Json.createArrayBuilder();
    for (int i = 0; i < context.size() - 1; i++) {
      shortContext.add(context.get(i));
    }
    shortContext.add(ESSAIM_CONTEXT);
    return pretty(Json.createObjectBuilder(document).add("@context", shortContext).build());
  }

  private static String exampleFile(Samples sample) throws IOException {
    String resource = "/examples/essaim/" + sample.type() + ".json";
    try (InputStream in = ExamplesTest.class.getResourceAsStream(resource)) {
      assertThat(in)
          .as("example file %s (run with -Dessaim.examples.update=true)", resource)
          .isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static JsonObject parse(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }

  private static String pretty(JsonObject json) {
    StringWriter out = new StringWriter();
    try (var writer =
        Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
      writer.write(json);
    }
    return out.toString().strip() + "\n";
  }
}
