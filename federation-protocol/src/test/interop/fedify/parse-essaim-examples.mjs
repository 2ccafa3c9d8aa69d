// SPDX-License-Identifier: AGPL-3.0-or-later
// Checks that Fedify, a third-party ActivityPub implementation, reads what Essaim writes: every
// outgoing example of federation-protocol/src/test/resources/examples/activities is parsed with
// Fedify's vocabulary, offline (its preloaded contexts only), and a few properties are compared.
// Run by hand: npm ci && node parse-essaim-examples.mjs   (the Maven build never runs it)
import "@js-temporal/polyfill";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { Object as ApObject, Activity, isActor } from "@fedify/vocab";
import { getDocumentLoader } from "@fedify/fedify";

const dirs = ["activities", "essaim"].map(
  (d) => new URL(`../../resources/examples/${d}/`, import.meta.url).pathname,
);
const essaimContext = JSON.parse(
  await readFile(
    new URL("../../../main/resources/org/essaim/federation/contexts/essaim-v1.json", import.meta.url),
    "utf8",
  ),
);
const loader = getDocumentLoader(); // serves Fedify's preloaded contexts without fetching them
const offline = async (url) => {
  // Essaim inlines its terms on the wire; the example files cite the context URL instead.
  if (url === "https://essaim.org/ns/v1") {
    return { contextUrl: null, documentUrl: url, document: essaimContext };
  }
  try {
    return await loader(url);
  } catch (e) {
    throw new Error(`context not preloaded by Fedify: ${url}`);
  }
};

// ActivityStreams types an Essaim object may carry beside its own, for generic servers.
const asTypes = new Set(["Article", "Note", "Event", "Place", "Organization", "Group", "Document", "Page"]);
let failures = 0;
let skipped = 0;
const files = [];
for (const dir of dirs) {
  for (const f of (await readdir(dir)).filter((f) => f.endsWith(".json")).sort()) files.push(join(dir, f));
}
for (const path of files) {
  const file = path.split("/").slice(-2).join("/");
  const json = JSON.parse(await readFile(path, "utf8"));
  try {
    const object = await ApObject.fromJsonLd(json, { documentLoader: offline, contextLoader: offline });
    const checks = [];
    if (json.id) checks.push(["id", object.id?.href, json.id]);
    if (object instanceof Activity) {
      checks.push(["actor", object.actorId?.href, json.actor]);
    }
    if (isActor(object)) {
      checks.push(["inbox", object.inboxId?.href, json.inbox]);
      const key = await object.getPublicKey({ documentLoader: offline, contextLoader: offline });
      if (json.publicKey) checks.push(["publicKey.owner", key?.ownerId?.href, json.publicKey.owner]);
    }
    const wrong = checks.filter(([, got, want]) => got !== want);
    if (wrong.length) {
      failures++;
      console.log(`FAIL ${file}: ${wrong.map(([n, g, w]) => `${n}=${g} (expected ${w})`).join(", ")}`);
    } else {
      console.log(`ok   ${file}: ${object.constructor.name}`);
    }
  } catch (e) {
    const types = [].concat(json.type ?? []);
    if (e.message.startsWith("Invalid type") && types.every((t) => !/^[A-Z]/.test(t) || !asTypes.has(t))) {
      // Essaim-only types (no ActivityStreams type beside them): generic servers skip them.
      console.log(`skip ${file}: Essaim-only type ${types.join(",")} is unknown to Fedify`);
      skipped++;
      continue;
    }
    failures++;
    console.log(`FAIL ${file}: ${e.message}`);
  }
}
console.log(
  failures === 0
    ? `all ${files.length - skipped} examples with ActivityStreams types read by Fedify (${skipped} Essaim-only skipped)`
    : `${failures} example(s) refused`,
);
process.exit(failures === 0 ? 0 : 1);
