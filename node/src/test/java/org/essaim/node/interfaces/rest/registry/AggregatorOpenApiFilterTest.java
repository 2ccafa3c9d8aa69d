// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.interfaces.rest.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AggregatorOpenApiFilterTest {

  @Test
  void recognisesTheAggregatorPathsWithOrWithoutTheApiPrefix() {
    assertThat(AggregatorOpenApiFilter.aggregatorOnly("/api/admin/registry/territories")).isTrue();
    assertThat(AggregatorOpenApiFilter.aggregatorOnly("/admin/registry/territories/{id}/status"))
        .isTrue();
    assertThat(AggregatorOpenApiFilter.aggregatorOnly("/api/network/territories")).isTrue();
    assertThat(AggregatorOpenApiFilter.aggregatorOnly("/api/open-data")).isTrue();
    assertThat(AggregatorOpenApiFilter.aggregatorOnly("/api/open-data/{dataset}.csv")).isTrue();
    assertThat(AggregatorOpenApiFilter.aggregatorOnly("/api/network/objects")).isFalse();
    assertThat(AggregatorOpenApiFilter.aggregatorOnly("/api/territory")).isFalse();
    assertThat(AggregatorOpenApiFilter.aggregatorOnly("/api/admin/federation/policy")).isFalse();
  }
}
