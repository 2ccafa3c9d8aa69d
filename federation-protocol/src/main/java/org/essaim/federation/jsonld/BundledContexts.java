// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.jsonld;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON-LD context documents this library knows without fetching them, by the URL documents cite
 * them with. Some servers cite the same context under their own host (Pleroma and Akkoma publish
 * LitePub at /schemas/litepub-0.1.jsonld): those are recognised by path.
 */
public final class BundledContexts {

  public static final URI ACTIVITY_STREAMS = URI.create("https://www.w3.org/ns/activitystreams");
  public static final URI SECURITY_V1 = URI.create("https://w3id.org/security/v1");
  public static final URI DATA_INTEGRITY_V1 =
      URI.create("https://w3id.org/security/data-integrity/v1");
  public static final URI DATA_INTEGRITY_V2 =
      URI.create("https://w3id.org/security/data-integrity/v2");
  public static final URI MULTIKEY_V1 = URI.create("https://w3id.org/security/multikey/v1");
  public static final URI ESSAIM_V1 = URI.create("https://essaim.org/ns/v1");

  private static final String LITEPUB_PATH = "/schemas/litepub-0.1.jsonld";
  private static final String RESOURCES = "/org/essaim/federation/contexts/";

  private static final Map<String, String> BY_URL =
      Map.ofEntries(
          Map.entry(ACTIVITY_STREAMS.toString(), "activitystreams.json"),
          Map.entry(SECURITY_V1.toString(), "security-v1.json"),
          Map.entry(DATA_INTEGRITY_V1.toString(), "security-data-integrity-v1.json"),
          Map.entry(DATA_INTEGRITY_V2.toString(), "security-data-integrity-v2.json"),
          Map.entry(MULTIKEY_V1.toString(), "security-multikey-v1.json"),
          Map.entry("https://www.w3.org/ns/did/v1", "did-v1.json"),
          Map.entry("https://www.w3.org/ns/cid/v1", "cid-v1.json"),
          Map.entry("https://w3id.org/identity/v1", "identity-v1.json"),
          Map.entry("https://gotosocial.org/ns", "gotosocial.json"),
          Map.entry("https://join-lemmy.org/context.json", "join-lemmy.json"),
          Map.entry("http://joinmastodon.org/ns", "joinmastodon.json"),
          Map.entry("https://purl.archive.org/miscellany", "miscellany.json"),
          Map.entry("https://purl.archive.org/socialweb/webfinger", "webfinger.json"),
          Map.entry("https://w3id.org/fep/5711", "fep-5711.json"),
          Map.entry("https://w3id.org/fep/ef61", "fep-ef61.json"),
          Map.entry("https://litepub.social/litepub/context.jsonld", "litepub-0.1.json"),
          Map.entry("http://schema.org/", "schemaorg.json"),
          Map.entry("https://schema.org/", "schemaorg.json"),
          Map.entry(ESSAIM_V1.toString(), "essaim-v1.json"));

  private BundledContexts() {}

  /** The class-path resource holding the context cited as {@code url}, if it is bundled. */
  public static Optional<String> resourceFor(URI url) {
    String key = withoutFragment(url);
    String file = BY_URL.get(key);
    if (file == null && url.getPath() != null && url.getPath().endsWith(LITEPUB_PATH)) {
      file = "litepub-0.1.json";
    }
    return Optional.ofNullable(file).map(f -> RESOURCES + f);
  }

  private static String withoutFragment(URI url) {
    String text = url.toString();
    int hash = text.indexOf('#');
    return hash < 0 ? text : text.substring(0, hash);
  }
}
