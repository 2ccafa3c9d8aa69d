// SPDX-License-Identifier: AGPL-3.0-or-later
package org.essaim.node.testsupport;

import java.util.HashMap;
import java.util.Map;

/**
 * One territory node shared by the single-node API test classes that run in the same test JVM.
 *
 * <p>A node start costs 30–60 s of the machine's two cores, more than most of these classes spend
 * on their tests; starting one per test JVM instead of one per class takes minutes off a CI run.
 * The classes sharing it keep to their own data: their own account names, client addresses
 * (X-Forwarded-For is trusted so each class submits dreams from its own made-up range), campaigns
 * and search words, and none asserts on a total over the whole node. Test classes run one after
 * another in a test JVM, never side by side, so they never write to it at the same time.
 *
 * <p>The node stops when the test JVM exits (normally, or on SIGTERM from a failsafe timeout),
 * whichever class failed. A class needing a pristine node or its own settings starts its own {@link
 * NodeProcess}.
 */
public final class SharedNode {

  private static NodeProcess node;
  private static RuntimeException failedStart;

  private SharedNode() {}

  /** The shared territory node, started on the first call in this test JVM. */
  public static synchronized NodeProcess territory() {
    if (failedStart != null) {
      // One failed start is reported to every class that needs the node, not retried by each.
      throw new IllegalStateException("the shared node did not start", failedStart);
    }
    if (node == null) {
      try {
        // Each test JVM has its own node directory (failsafe runs two side by side).
        String name = "shared-territory-" + ProcessHandle.current().pid();
        // The JVM's defaults: one start, then the requests of nine classes, on which C1-only code
        // would spend about three times C2's CPU.
        Map<String, String> env = new HashMap<>(NodeProcess.JIT_DEFAULTS);
        env.put("ESSAIM_HTTP_FORWARDED_TRUSTED", "true");
        node = NodeProcess.start(name, env);
      } catch (RuntimeException e) {
        failedStart = e;
        throw e;
      }
      NodeProcess started = node;
      Runtime.getRuntime().addShutdownHook(new Thread(started::close, "shared-node-stop"));
    }
    return node;
  }
}
