// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.application.federation.copies;

import java.util.List;
import org.essaim.federation.vocab.As;
import org.essaim.federation.vocab.AsObject;
import org.essaim.federation.vocab.Essaim;
import org.essaim.federation.vocab.Literal;
import org.essaim.federation.vocab.VocabularyException;
import org.essaim.federation.vocab.essaim.Challenge;
import org.essaim.federation.vocab.essaim.KeyFigures;
import org.essaim.federation.vocab.essaim.LabelAttestation;
import org.essaim.federation.vocab.essaim.MethodSheet;
import org.essaim.federation.vocab.essaim.Project;
import org.essaim.federation.vocab.essaim.Promo;
import org.essaim.federation.vocab.essaim.Sponsorship;
import org.essaim.federation.vocab.essaim.TransferableSolution;
import org.essaim.node.domain.model.remote.CopyAudience;
import org.essaim.node.domain.model.remote.CopyContent;
import org.essaim.node.domain.model.remote.RemoteObjectKind;

/** From a remote object to what its copy holds: kind, audience and display fields. */
public final class CopyContents {

  static final int MAX_NAME = 500;
  static final int MAX_SUMMARY = 4000;
  static final int MAX_THEMES = 50;

  private CopyContents() {}

  /**
   * The content of a copy of {@code object}.
   *
   * @param activity the activity that carried it, or null when fetched by id
   * @param document the object's JSON as received
   * @throws VocabularyException when an Essaim type does not read as the vocabulary defines it
   */
  public static CopyContent of(AsObject object, AsObject activity, String document) {
    RemoteObjectKind kind = RemoteObjectKind.of(object.types());
    validate(kind, object);
    return new CopyContent(
        kind,
        CopyAudience.of(object, activity),
        document,
        cut(object.string(As.NAME, "fr").orElse(null), MAX_NAME),
        cut(object.string(As.SUMMARY, "fr").orElse(null), MAX_SUMMARY),
        themes(object),
        object.reference(As.URL).orElse(null),
        object.instant(As.PUBLISHED).orElse(null),
        object.instant(As.UPDATED).orElse(null));
  }

  /** Essaim objects must read as the vocabulary says (required fields, code lists). */
  static void validate(RemoteObjectKind kind, AsObject object) {
    switch (kind) {
      case PROJECT:
        Project.from(object);
        break;
      case METHOD_SHEET:
        MethodSheet.from(object);
        break;
      case SOLUTION:
        TransferableSolution.from(object);
        break;
      case CHALLENGE:
        Challenge.from(object);
        break;
      case KEY_FIGURES:
        KeyFigures.from(object);
        break;
      case LABEL_ATTESTATION:
        LabelAttestation.from(object);
        break;
      case PROMO:
        Promo.from(object);
        break;
      case SPONSORSHIP:
        Sponsorship.from(object);
        break;
      default:
        break;
    }
  }

  private static List<String> themes(AsObject object) {
    return object.values(Essaim.THEME).stream()
        .filter(Literal.class::isInstance)
        .map(v -> ((Literal) v).lexical())
        .filter(t -> !t.isBlank() && !t.contains(" "))
        .distinct()
        .limit(MAX_THEMES)
        .toList();
  }

  private static String cut(String text, int max) {
    if (text == null) {
      return null;
    }
    return text.length() > max ? text.substring(0, max) : text;
  }
}
