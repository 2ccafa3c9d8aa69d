// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * Tests of the essaim-node Helm chart without a cluster: lint and render with the Helm library
 * (helm-java), validation of the rendered manifests against the Kubernetes JSON schemas, and
 * assertions on what the manifests say.
 */
package org.essaim.helm;
