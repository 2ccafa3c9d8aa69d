// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.introduction;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.essaim.node.application.FieldError;
import org.junit.jupiter.api.Test;

/** The target of a proposal: the http(s) address of another territory's project. */
class IntroductionResourceTest {

  @Test
  void anHttpOrHttpsAddressIsATarget() {
    List<FieldError> errors = new ArrayList<>();
    assertThat(IntroductionResource.target(" https://b.example/objects/projects/12 ", errors))
        .isEqualTo(URI.create("https://b.example/objects/projects/12"));
    assertThat(IntroductionResource.target("http://127.0.0.1:9080/objects/projects/1", errors))
        .isNotNull();
    assertThat(errors).isEmpty();
  }

  @Test
  void anythingElseIsAFieldErrorOnTarget() {
    for (String bad :
        List.of(
            "pas une adresse",
            "/objects/projects/12",
            "mailto:someone@b.example",
            "ftp://b.example/projects/1",
            "https:///projects/1")) {
      List<FieldError> errors = new ArrayList<>();
      assertThat(IntroductionResource.target(bad, errors)).as(bad).isNull();
      assertThat(errors).as(bad).extracting(FieldError::field).containsExactly("target");
    }
  }

  @Test
  void aMissingTargetIsLeftToBeanValidation() {
    List<FieldError> errors = new ArrayList<>();
    assertThat(IntroductionResource.target(null, errors)).isNull();
    assertThat(IntroductionResource.target("  ", errors)).isNull();
    assertThat(errors).isEmpty();
  }
}
