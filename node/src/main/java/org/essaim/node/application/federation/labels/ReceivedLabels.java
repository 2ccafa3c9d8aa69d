// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.federation.labels;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.essaim.federation.vocab.Actor;
import org.essaim.node.application.federation.copies.RemoteCopyChanged;
import org.essaim.node.application.federation.copies.RemoteDocuments;
import org.essaim.node.application.federation.copies.RemoteFetchException;
import org.essaim.node.domain.model.peer.ReceivedLabel;
import org.essaim.node.domain.model.peer.ReceivedLabelRepository;
import org.essaim.node.domain.model.remote.RemoteObject;
import org.essaim.node.domain.model.remote.RemoteObjectKind;
import org.essaim.node.domain.model.remote.RemoteObjectRepository;

/**
 * Which peers the national node labels, as far as this node can verify: every copy of a label
 * attestation that is created or replaced is verified in the transaction of the copy ({@link
 * LabelAttestationVerifier}) and its verdict stored; a deleted copy labels nobody any more.
 */
@ApplicationScoped
public class ReceivedLabels {

  private static final Logger LOG = Logger.getLogger(ReceivedLabels.class.getName());

  @Inject ReceivedLabelRepository labels;
  @Inject RemoteObjectRepository copies;
  @Inject RemoteDocuments remote;
  @Inject NationalActor national;

  Clock clock = Clock.systemUTC();

  void onCopy(@Observes RemoteCopyChanged change) {
    if (change.kind() != RemoteObjectKind.LABEL_ATTESTATION) {
      return;
    }
    Optional<ReceivedLabel> known = labels.findByAttestation(change.objectId());
    if (change.change() == RemoteCopyChanged.Change.DELETED) {
      known.ifPresent(labels::remove);
      return;
    }
    Optional<RemoteObject> copy = copies.findByObjectId(change.objectId());
    if (copy.isEmpty()) {
      return;
    }
    record(change.objectId(), copy.get().originActor(), copy.get().document().orElse(null), known);
  }

  /** Verifies one attestation and stores the verdict. */
  LabelVerdict record(URI attestation, URI issuer, String document, Optional<ReceivedLabel> known) {
    Instant now = clock.instant();
    LabelVerdict verdict = verify(document, now);
    ReceivedLabel label =
        known.orElseGet(
            () -> {
              ReceivedLabel created = new ReceivedLabel(attestation, issuer);
              labels.add(created);
              return created;
            });
    if (verdict.valid()) {
      label.verified(verdict.territory(), verdict.labelStatus(), verdict.labelDate(), now);
    } else {
      label.refused(verdict.territory(), verdict.reason(), now);
      LOG.warning(() -> "Label attestation <" + attestation + "> refused: " + verdict.reason());
    }
    return verdict;
  }

  private LabelVerdict verify(String document, Instant now) {
    if (document == null) {
      return LabelVerdict.invalid(null, "the copy keeps no document");
    }
    JsonObject json;
    try (var reader = Json.createReader(new StringReader(document))) {
      json = reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      return LabelVerdict.invalid(null, "not JSON: " + e.getMessage());
    }
    Optional<Actor> actor = Optional.empty();
    if (national.actor().isPresent()) {
      try {
        actor = Optional.of(remote.actor(national.actor().get()));
      } catch (RemoteFetchException e) {
        return LabelVerdict.invalid(
            null, "the national actor's keys could not be fetched: " + e.getMessage());
      }
    }
    return LabelAttestationVerifier.verify(json, national, actor, now);
  }

  /** The territories labelled by the configured national actor, verified. */
  public Set<URI> labelled() {
    return national.actor().map(labels::labelledBy).orElse(Set.of());
  }

  /** Every attestation received, with its verdict, for administrators. */
  public List<ReceivedLabel> all() {
    return labels.all();
  }
}
