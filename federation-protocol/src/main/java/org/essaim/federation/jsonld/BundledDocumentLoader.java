// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.jsonld;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A Titanium document loader that serves the bundled context documents and refuses every other URL.
 * It never opens a connection. Parsed documents are kept, so each context is read once per JVM.
 */
public final class BundledDocumentLoader implements DocumentLoader {

  /** Shared: the bundled documents are immutable. */
  public static final BundledDocumentLoader INSTANCE = new BundledDocumentLoader();

  private final ConcurrentMap<String, Document> loaded = new ConcurrentHashMap<>();

  private BundledDocumentLoader() {}

  @Override
  public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
    Optional<String> resource = BundledContexts.resourceFor(url);
    if (resource.isEmpty()) {
      throw new JsonLdError(
          JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, new ForbiddenContextException(url));
    }
    Document document = loaded.computeIfAbsent(resource.get(), BundledDocumentLoader::read);
    // Titanium resolves relative references against the document URL: keep the cited one.
    return withUrl(document, url);
  }

  private static Document read(String resource) {
    try (InputStream in = BundledDocumentLoader.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("bundled context missing from the jar: " + resource);
      }
      return JsonDocument.of(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (JsonLdError e) {
      throw new IllegalStateException("bundled context is not valid JSON: " + resource, e);
    }
  }

  private static Document withUrl(Document document, URI url) {
    if (document instanceof JsonDocument json && json.getJsonContent().isPresent()) {
      JsonDocument copy = JsonDocument.of(json.getJsonContent().get().asJsonObject());
      copy.setDocumentUrl(url);
      return copy;
    }
    return document;
  }
}
