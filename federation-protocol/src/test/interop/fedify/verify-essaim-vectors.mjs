// SPDX-License-Identifier: AGPL-3.0-or-later
// Checks, by hand, that Fedify accepts requests signed by Essaim: verifies the committed
// vectors in ../../resources/vectors/essaim/ with Fedify's verifyRequestDetailed().
// Run with `npm run verify-essaim`; the Maven build never runs it.
import { verifyRequestDetailed } from "@fedify/fedify";
import { CryptographicKey } from "@fedify/vocab";
import { Temporal } from "@js-temporal/polyfill";
import { webcrypto } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const dir = join(dirname(fileURLToPath(import.meta.url)), "../../resources/vectors/essaim");
let failures = 0;
for (const file of readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) {
  const v = JSON.parse(readFileSync(join(dir, file), "utf8"));
  const pem = readFileSync(join(dir, v.publicKey), "utf8");
  const der = Buffer.from(
    pem.match(/-----BEGIN RSA PUBLIC KEY-----([\s\S]*?)-----END/)[1].replace(/\s/g, ""),
    "base64",
  );
  // Node imports PKCS#1 through KeyObject; WebCrypto wants SPKI.
  const { createPublicKey } = await import("node:crypto");
  const spki = createPublicKey({ key: der, format: "der", type: "pkcs1" }).export({
    format: "der",
    type: "spki",
  });
  const publicKey = await webcrypto.subtle.importKey(
    "spki",
    spki,
    { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" },
    true,
    ["verify"],
  );
  const key = new CryptographicKey({
    id: new URL(v.keyId),
    owner: new URL(v.keyId.replace(/#.*$/, "")),
    publicKey,
  });
  const keyCache = { get: async () => key, set: async () => {} };
  const request = new Request(v.url, {
    method: v.method,
    headers: v.headers,
    body: v.body,
  });
  const result = await verifyRequestDetailed(request, {
    keyCache,
    currentTime: Temporal.Instant.from(v.currentTime),
    spec: v.spec,
  });
  console.log(file, result.verified ? "verified" : `REJECTED ${JSON.stringify(result.reason)}`);
  if (!result.verified) failures++;
}
process.exit(failures === 0 ? 0 : 1);
