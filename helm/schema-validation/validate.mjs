// SPDX-License-Identifier: AGPL-3.0-or-later
// Validates rendered Kubernetes manifests against the JSON schemas of npm kubernetes-models.
// Usage: node validate.mjs <file.yaml>...   (multi-document YAML, as `helm template` writes it)
// Prints one JSON line per document: {file, apiVersion, kind, name, status, errors}; status is
// "valid", "invalid" or "unknown" (an apiVersion/kind with no schema here). Exit code 0 whatever
// the verdicts: the JUnit test decides.
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";

// Custom resources the chart renders, and the package holding their CRD schemas.
const THIRD_PARTY = {
  "postgresql.cnpg.io/v1": "@kubernetes-models/cloudnative-pg/postgresql.cnpg.io/v1",
};

async function modelFor(apiVersion, kind) {
  // Module paths follow apiVersion: "v1" (core group), "apps/v1", "networking.k8s.io/v1".
  if (typeof apiVersion !== "string" || !/^[a-z0-9.\/-]+$/.test(apiVersion)) return undefined;
  try {
    const module = await import(THIRD_PARTY[apiVersion] ?? `kubernetes-models/${apiVersion}`);
    return module[kind];
  } catch {
    return undefined;
  }
}

for (const file of process.argv.slice(2)) {
  const docs = parseAllDocuments(readFileSync(file, "utf8"));
  for (const doc of docs) {
    if (doc.errors.length > 0) {
      console.log(JSON.stringify({ file, status: "invalid", errors: doc.errors.map(String) }));
      continue;
    }
    const obj = doc.toJS();
    if (obj === null || obj === undefined) continue;
    const { apiVersion, kind } = obj;
    const name = obj.metadata?.name;
    const Model = await modelFor(apiVersion, kind);
    if (Model === undefined) {
      console.log(JSON.stringify({ file, apiVersion, kind, name, status: "unknown" }));
      continue;
    }
    try {
      new Model(obj).validate();
      console.log(JSON.stringify({ file, apiVersion, kind, name, status: "valid" }));
    } catch (e) {
      const errors = (e.errors ?? [{ message: String(e.message ?? e) }]).map(
        (x) => `${x.instancePath ?? ""} ${x.message ?? ""}`.trim());
      console.log(JSON.stringify({ file, apiVersion, kind, name, status: "invalid", errors }));
    }
  }
}
