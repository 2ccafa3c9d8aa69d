// SPDX-License-Identifier: AGPL-3.0-or-later
// Signs fixed requests with Fedify's signRequest() and writes them as JSON vectors that
// federation-protocol's Java tests verify. Run by hand (npm install && npm run vectors);
// the Maven build only reads the committed output.
import { signRequest } from "@fedify/fedify";
import { Temporal } from "@js-temporal/polyfill";
import { generateKeyPairSync, webcrypto } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "../../resources/vectors/fedify");
const keyDir = join(out, "keys");
mkdirSync(keyDir, { recursive: true });

// One RSA key, generated on the first run and reused afterwards so vectors stay stable.
const privatePath = join(keyDir, "rsa-private.pem");
const publicPath = join(keyDir, "rsa-public.pem");
if (!existsSync(privatePath)) {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  writeFileSync(privatePath, privateKey.export({ type: "pkcs8", format: "pem" }));
  writeFileSync(publicPath, publicKey.export({ type: "spki", format: "pem" }));
}
const pkcs8 = Buffer.from(
  readFileSync(privatePath, "utf8").replace(/-----[A-Z ]+-----|\s/g, ""),
  "base64",
);
const privateKey = await webcrypto.subtle.importKey(
  "pkcs8",
  pkcs8,
  { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" },
  true, // Fedify insists on an extractable key
  ["sign"],
);

const keyId = new URL("https://fedify.example/users/alice#main-key");
const currentTime = Temporal.Instant.from("2026-11-20T12:00:00Z");
const body = JSON.stringify({
  "@context": "https://www.w3.org/ns/activitystreams",
  id: "https://fedify.example/activities/1",
  type: "Follow",
  actor: "https://fedify.example/users/alice",
  object: "https://essaim.example/users/bob",
});

const cases = [
  { name: "get", method: "GET", url: "https://essaim.example/users/bob", body: null },
  { name: "post", method: "POST", url: "https://essaim.example/users/bob/inbox", body },
];
const specs = [
  ["cavage", "draft-cavage-http-signatures-12"],
  ["rfc9421", "rfc9421"],
];

for (const [short, spec] of specs) {
  for (const c of cases) {
    const headers = { Accept: "application/activity+json" };
    if (c.body != null) headers["Content-Type"] = "application/activity+json";
    const request = new Request(c.url, { method: c.method, headers, body: c.body });
    const signed = await signRequest(request, privateKey, keyId, { spec, currentTime });
    const vector = {
      generator: "@fedify/fedify 2.3.6 signRequest()",
      spec,
      keyId: keyId.href,
      publicKey: "keys/rsa-public.pem",
      currentTime: currentTime.toString(),
      method: signed.method,
      url: signed.url,
      headers: Object.fromEntries(signed.headers.entries()),
      body: c.body,
    };
    const file = join(out, `${short}-${c.name}.json`);
    writeFileSync(file, JSON.stringify(vector, null, 2) + "\n");
    console.log("wrote", file);
  }
}
