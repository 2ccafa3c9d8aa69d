// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.federation.sig;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What a verifier demands beyond a valid signature: a clock and the tolerated skew, and which
 * components must be covered. The defaults match what Mastodon requires of senders.
 *
 * @param clock the verifier's time source (a fixed clock in tests)
 * @param maxClockSkew how far {@code created} (or Date) may be from now, either way
 * @param requireCreated whether RFC 9421 signatures must carry {@code created}
 * @param rfc9421Required components every RFC 9421 signature must cover
 * @param rfc9421RequiredWithBody extra components when the request has a body
 * @param cavageRequired headers every draft-cavage signature must cover
 * @param cavageRequiredWithBody extra headers when the request has a body
 */
public record VerificationPolicy(
    Clock clock,
    Duration maxClockSkew,
    boolean requireCreated,
    List<String> rfc9421Required,
    List<String> rfc9421RequiredWithBody,
    List<String> cavageRequired,
    List<String> cavageRequiredWithBody) {

  public static final Duration DEFAULT_CLOCK_SKEW = Duration.ofMinutes(5);

  public VerificationPolicy {
    Objects.requireNonNull(clock, "clock");
    if (maxClockSkew.isNegative()) {
      throw new IllegalArgumentException("Negative clock skew");
    }
    rfc9421Required = List.copyOf(rfc9421Required);
    rfc9421RequiredWithBody = List.copyOf(rfc9421RequiredWithBody);
    cavageRequired = List.copyOf(cavageRequired);
    cavageRequiredWithBody = List.copyOf(cavageRequiredWithBody);
  }

  /**
   * ±5 minutes; RFC 9421 must cover {@code @method}, {@code @target-uri} and, with a body, {@code
   * content-digest}; cavage must cover {@code (request-target)}, {@code host}, {@code date} and,
   * with a body, {@code digest}.
   */
  public static VerificationPolicy defaults(Clock clock) {
    return new VerificationPolicy(
        clock,
        DEFAULT_CLOCK_SKEW,
        true,
        List.of("@method", "@target-uri"),
        List.of("content-digest"),
        List.of("(request-target)", "host", "date"),
        List.of("digest"));
  }

  public static VerificationPolicy defaults() {
    return defaults(Clock.systemUTC());
  }

  public VerificationPolicy withClock(Clock newClock) {
    return new VerificationPolicy(
        newClock,
        maxClockSkew,
        requireCreated,
        rfc9421Required,
        rfc9421RequiredWithBody,
        cavageRequired,
        cavageRequiredWithBody);
  }

  public VerificationPolicy withMaxClockSkew(Duration skew) {
    return new VerificationPolicy(
        clock,
        skew,
        requireCreated,
        rfc9421Required,
        rfc9421RequiredWithBody,
        cavageRequired,
        cavageRequiredWithBody);
  }

  public VerificationPolicy withRfc9421Required(List<String> always, List<String> withBody) {
    return new VerificationPolicy(
        clock,
        maxClockSkew,
        requireCreated,
        always,
        withBody,
        cavageRequired,
        cavageRequiredWithBody);
  }

  public VerificationPolicy withCavageRequired(List<String> always, List<String> withBody) {
    return new VerificationPolicy(
        clock,
        maxClockSkew,
        requireCreated,
        rfc9421Required,
        rfc9421RequiredWithBody,
        always,
        withBody);
  }

  public VerificationPolicy withRequireCreated(boolean required) {
    return new VerificationPolicy(
        clock,
        maxClockSkew,
        required,
        rfc9421Required,
        rfc9421RequiredWithBody,
        cavageRequired,
        cavageRequiredWithBody);
  }
}
