// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.federation.exchanges;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.essaim.node.domain.model.introduction.IntroductionDirection;

/**
 * An accepted introduction, as a project shows it: the other territory's project.
 *
 * @param introductionId the introduction it came from
 * @param project the other project's ActivityPub id
 * @param title its title, from this node's copy (else as known when introduced), if known
 * @param territory the other territory's actor
 * @param territoryName its name, else its host
 * @param url the other project's web page, when its copy gives one
 * @param direction SENT when this territory proposed it
 * @param since when it was accepted
 */
public record ProjectLinkView(
    long introductionId,
    URI project,
    Optional<String> title,
    URI territory,
    String territoryName,
    Optional<URI> url,
    List<String> basis,
    List<String> sharedThemes,
    IntroductionDirection direction,
    Instant since) {}
