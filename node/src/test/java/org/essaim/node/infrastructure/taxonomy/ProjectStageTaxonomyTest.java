// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.infrastructure.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.essaim.node.domain.model.project.FundingLine;
import org.essaim.node.domain.model.project.ProjectStage;
import org.essaim.node.domain.model.taxonomy.Concept;
import org.essaim.node.domain.model.taxonomy.TaxonomyScheme;
import org.junit.jupiter.api.Test;

/** The project stage enum follows the shipped project-stages scheme, key by key and in order. */
class ProjectStageTaxonomyTest {

  @Test
  void stagesAreTheSchemeInItsOrder() {
    var taxonomy = TaxonomyCatalog.load();
    assertThat(Arrays.stream(ProjectStage.values()).map(ProjectStage::key))
        .containsExactlyElementsOf(
            taxonomy.concepts(TaxonomyScheme.PROJECT_STAGES).stream().map(Concept::key).toList());
    assertThat(taxonomy.contains(TaxonomyScheme.FUNDING_INSTRUMENTS, FundingLine.FSE)).isTrue();
  }
}
