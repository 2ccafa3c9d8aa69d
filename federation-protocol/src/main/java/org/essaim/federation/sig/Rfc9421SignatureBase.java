// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.sig;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.essaim.federation.sig.SignatureVerificationException.Reason;
import org.essaim.federation.sig.StructuredFields.InnerList;
import org.essaim.federation.sig.StructuredFields.Item;
import org.essaim.federation.sig.StructuredFields.Member;

/**
 * Builds the RFC 9421 signature base (section 2.5) of a message for a covered-components inner
 * list. Supports the request derived components {@code @method}, {@code @target-uri}, {@code
 * @authority}, {@code @scheme}, {@code @request-target}, {@code @path}, {@code @query}, {@code
 * @query-param}, the response component {@code @status}, and header fields with the {@code sf},
 * {@code key} and {@code bs} parameters. Trailers and {@code req} are not supported.
 */
public final class Rfc9421SignatureBase {
  // Fields whose structured type is known, for the ;sf and ;key parameters.
  private static final Set<String> DICTIONARY_FIELDS =
      Set.of(
          "signature",
          "signature-input",
          "content-digest",
          "repr-digest",
          "want-content-digest",
          "want-repr-digest",
          "accept-signature",
          "priority",
          "example-dict");
  private static final Set<String> LIST_FIELDS =
      Set.of("accept-ch", "cache-status", "proxy-status", "example-list");

  private Rfc9421SignatureBase() {}

  /**
   * The signature base: one line per covered component, then the {@code @signature-params} line
   * whose value is {@code signatureParams} serialised.
   *
   * @throws SignatureVerificationException MISSING_COMPONENT when a covered field is absent,
   *     MALFORMED_SIGNATURE for identifiers that cannot apply to this message
   */
  public static String build(SignableMessage message, InnerList signatureParams) {
    StringBuilder base = new StringBuilder();
    Set<String> seen = new HashSet<>();
    for (Item component : signatureParams.items()) {
      if (!(component.value() instanceof String name)) {
        throw malformed("Component identifiers must be strings");
      }
      String identifier = StructuredFields.serialize(component);
      if (!seen.add(identifier)) {
        throw malformed("Component " + identifier + " is covered twice");
      }
      if (name.isEmpty()
          || !name.equals(name.toLowerCase(Locale.ROOT))
          || name.equals("@signature-params")) {
        throw malformed("Invalid component name " + identifier);
      }
      String value =
          name.startsWith("@") ? derived(message, name, component) : field(message, component);
      base.append(identifier).append(": ").append(value).append('\n');
    }
    base.append("\"@signature-params\": ").append(StructuredFields.serialize(signatureParams));
    return base.toString();
  }

  private static String derived(SignableMessage message, String name, Item component) {
    Map<String, Object> params = component.parameters();
    boolean queryParam = name.equals("@query-param");
    for (String p : params.keySet()) {
      if (!(queryParam && p.equals("name"))) {
        throw malformed("Unsupported parameter " + p + " on " + name);
      }
    }
    if (message instanceof SignableResponse response) {
      if (name.equals("@status")) {
        return Integer.toString(response.status());
      }
      throw malformed(name + " does not apply to a response");
    }
    SignableRequest request = (SignableRequest) message;
    switch (name) {
      case "@method":
        return request.method();
      case "@target-uri":
        return request.uri().toString();
      case "@authority":
        return request.authority();
      case "@scheme":
        return request.uri().getScheme().toLowerCase(Locale.ROOT);
      case "@request-target":
        return request.pathAndQuery();
      case "@path":
        String path = request.uri().getRawPath();
        return path == null || path.isEmpty() ? "/" : path;
      case "@query":
        String query = request.uri().getRawQuery();
        return "?" + (query == null ? "" : query);
      case "@query-param":
        return queryParam(request, params.get("name"));
      default:
        throw malformed("Unsupported derived component " + name);
    }
  }

  private static String queryParam(SignableRequest request, Object nameParam) {
    if (!(nameParam instanceof String wanted)) {
      throw malformed("@query-param needs a string name parameter");
    }
    String query = request.uri().getRawQuery();
    List<String> found = new ArrayList<>();
    if (query != null) {
      for (String pair : query.split("&", -1)) {
        int eq = pair.indexOf('=');
        String rawName = eq < 0 ? pair : pair.substring(0, eq);
        String rawValue = eq < 0 ? "" : pair.substring(eq + 1);
        if (reencode(rawName).equals(wanted)) {
          found.add(reencode(rawValue));
        }
      }
    }
    if (found.isEmpty()) {
      throw new SignatureVerificationException(
          Reason.MISSING_COMPONENT, "Query parameter " + wanted + " is absent");
    }
    if (found.size() > 1) {
      throw malformed("Query parameter " + wanted + " occurs more than once");
    }
    return found.get(0);
  }

  /** Form-decodes then percent-encodes everything outside the unreserved set (RFC 9421 2.2.8). */
  private static String reencode(String raw) {
    String decoded;
    try {
      decoded = URLDecoder.decode(raw, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw malformed("Query string is not properly percent-encoded");
    }
    StringBuilder out = new StringBuilder();
    for (byte b : decoded.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '.'
          || c == '_'
          || c == '~') {
        out.append((char) c);
      } else {
        out.append('%').append(String.format("%02X", c));
      }
    }
    return out.toString();
  }

  private static String field(SignableMessage message, Item component) {
    String name = (String) component.value();
    List<String> values = message.headers().values(name);
    if (values.isEmpty()) {
      throw new SignatureVerificationException(
          Reason.MISSING_COMPONENT, "Covered field " + name + " is absent");
    }
    Map<String, Object> params = component.parameters();
    for (String p : params.keySet()) {
      if (!p.equals("sf") && !p.equals("key") && !p.equals("bs")) {
        throw malformed("Unsupported parameter " + p + " on " + name);
      }
    }
    if (params.containsKey("bs")) {
      if (params.size() > 1) {
        throw malformed("bs cannot be combined with other parameters");
      }
      List<String> encoded = new ArrayList<>();
      for (String v : values) {
        encoded.add(
            ":"
                + Base64.getEncoder().encodeToString(v.strip().getBytes(StandardCharsets.UTF_8))
                + ":");
      }
      return String.join(", ", encoded);
    }
    String combined = message.headers().combined(name).orElseThrow();
    if (params.containsKey("key")) {
      if (!(params.get("key") instanceof String key)) {
        throw malformed("key parameter must be a string");
      }
      Member member = parseDictionaryField(name, combined).get(key);
      if (member == null) {
        throw new SignatureVerificationException(
            Reason.MISSING_COMPONENT, "Dictionary field " + name + " has no member " + key);
      }
      return StructuredFields.serialize(member);
    }
    if (params.containsKey("sf")) {
      if (DICTIONARY_FIELDS.contains(name)) {
        return StructuredFields.serializeDictionary(parseDictionaryField(name, combined));
      }
      try {
        if (LIST_FIELDS.contains(name)) {
          return StructuredFields.serializeList(StructuredFields.parseList(combined));
        }
        return StructuredFields.serialize(StructuredFields.parseItem(combined));
      } catch (StructuredFieldException e) {
        throw new SignatureVerificationException(
            Reason.MALFORMED_SIGNATURE, "Field " + name + " is not a structured field", e);
      }
    }
    return combined;
  }

  private static Map<String, Member> parseDictionaryField(String name, String value) {
    try {
      return StructuredFields.parseDictionary(value);
    } catch (StructuredFieldException e) {
      throw new SignatureVerificationException(
          Reason.MALFORMED_SIGNATURE, "Field " + name + " is not a structured dictionary", e);
    }
  }

  private static SignatureVerificationException malformed(String message) {
    return new SignatureVerificationException(Reason.MALFORMED_SIGNATURE, message);
  }
}
