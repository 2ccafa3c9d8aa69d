// SPDX-License-Identifier: AGPL-3.0-or-later
// A Fedify 2.3.6 server on loopback, a real third-party ActivityPub implementation for
// FedifyInteropIT. It serves one actor (alice, RSA key), verifies what it receives with Fedify's
// own code, and takes commands on stdin, one per line:
//   lookup <actor-url>   WebFinger lookup of the actor's address, then fetch of its self link
//   follow <actor-url>   send Follow (signed by alice) to that actor's inbox
//   note <actor-url>     send Create{Note} addressed to that actor
//   quit
// Everything it sees is written on stdout as one JSON object per line ({"event": …}).
import "@js-temporal/polyfill";
import { randomUUID } from "node:crypto";
import { createServer } from "node:http";
import { createInterface } from "node:readline";
import { createFederation, generateCryptoKeyPair, MemoryKvStore } from "@fedify/fedify";
import { Accept, Create, Endpoints, Follow, Note, Person, PUBLIC_COLLECTION, Undo } from "@fedify/vocab";
import { lookupWebFinger } from "@fedify/webfinger";

const port = Number(process.argv[2]);
const origin = `http://127.0.0.1:${port}`;
const emit = (event, data = {}) => console.log(JSON.stringify({ event, ...data }));
const newId = () => new URL(`${origin}/activities/${randomUUID()}`);

// allowPrivateAddress: the Essaim node under test listens on 127.0.0.1 (test use only).
const federation = createFederation({ kv: new MemoryKvStore(), allowPrivateAddress: true, origin });
const keys = [await generateCryptoKeyPair("RSASSA-PKCS1-v1_5")];

federation
  .setActorDispatcher("/users/{identifier}", async (ctx, identifier) => {
    if (identifier !== "alice") return null;
    const pairs = await ctx.getActorKeyPairs(identifier);
    return new Person({
      id: ctx.getActorUri(identifier),
      preferredUsername: identifier,
      name: "Alice (Fedify)",
      inbox: ctx.getInboxUri(identifier),
      endpoints: new Endpoints({ sharedInbox: ctx.getInboxUri() }),
      publicKey: pairs[0].cryptographicKey,
    });
  })
  .setKeyPairsDispatcher(async (ctx, identifier) => (identifier === "alice" ? keys : []));

federation
  .setInboxListeners("/users/{identifier}/inbox", "/inbox")
  .on(Accept, async (ctx, accept) => {
    emit("accept-received", {
      id: accept.id?.href,
      actor: accept.actorId?.href,
      object: accept.objectId?.href,
    });
  })
  .on(Follow, async (ctx, follow) => {
    const follower = await follow.getActor(ctx);
    emit("follow-received", { id: follow.id?.href, actor: follow.actorId?.href });
    await ctx.sendActivity(
      { identifier: "alice" },
      follower,
      new Accept({ id: newId(), actor: ctx.getActorUri("alice"), object: follow }),
    );
    emit("accept-sent", { to: follower?.id?.href });
  })
  .on(Create, async (ctx, create) => {
    let objectType = null;
    let objectError = null;
    let name = null;
    try {
      const object = await create.getObject(ctx);
      objectType = object?.constructor?.name ?? null;
      name = object?.name?.toString() ?? null;
    } catch (e) {
      objectError = String(e?.message ?? e);
    }
    emit("create-received", {
      id: create.id?.href,
      actor: create.actorId?.href,
      objectId: create.objectId?.href,
      objectType,
      objectError,
      name,
    });
  })
  .on(Undo, async (ctx, undo) => {
    emit("undo-received", { id: undo.id?.href, actor: undo.actorId?.href });
  })
  .onError(async (ctx, error) => emit("inbox-error", { message: String(error?.message ?? error) }));

const ctx = federation.createContext(new URL(origin), undefined);

async function handle(line) {
  const [command, argument] = line.trim().split(/\s+/, 2);
  try {
    if (command === "lookup") {
      const descriptor = await lookupWebFinger(argument, { allowPrivateAddress: true });
      const self = descriptor?.links?.find((l) => l.rel === "self");
      const actor = self ? await ctx.lookupObject(self.href) : null;
      emit("lookup", {
        subject: descriptor?.subject ?? null,
        aliases: descriptor?.aliases ?? [],
        self: self?.href ?? null,
        id: actor?.id?.href ?? null,
        type: actor?.constructor?.name ?? null,
        preferredUsername: actor?.preferredUsername?.toString() ?? null,
        inbox: actor?.inboxId?.href ?? null,
        sharedInbox: actor?.endpoints?.sharedInbox?.href ?? null,
      });
    } else if (command === "follow") {
      const actor = await ctx.lookupObject(argument);
      const id = newId();
      await ctx.sendActivity(
        { identifier: "alice" },
        actor,
        new Follow({ id, actor: ctx.getActorUri("alice"), object: actor.id }),
      );
      emit("follow-sent", { id: id.href });
    } else if (command === "note") {
      const actor = await ctx.lookupObject(argument);
      const id = newId();
      const note = new Note({
        id: new URL(`${origin}/notes/${randomUUID()}`),
        attribution: ctx.getActorUri("alice"),
        content: "Bonjour depuis Fedify",
        to: PUBLIC_COLLECTION,
        cc: actor.id,
      });
      await ctx.sendActivity(
        { identifier: "alice" },
        actor,
        new Create({ id, actor: ctx.getActorUri("alice"), object: note, to: PUBLIC_COLLECTION, cc: actor.id }),
      );
      emit("note-sent", { id: id.href, objectId: note.id.href });
    } else if (command === "quit") {
      process.exit(0);
    } else {
      emit("error", { command, message: "unknown command" });
    }
  } catch (e) {
    emit("error", { command, message: String(e?.message ?? e) });
  }
}

createServer(async (req, res) => {
  try {
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (name !== "host" && name !== "connection") headers.set(name, [].concat(value).join(", "));
    }
    const request = new Request(origin + req.url, {
      method: req.method,
      headers,
      body: req.method === "GET" || req.method === "HEAD" ? undefined : Buffer.concat(chunks),
    });
    const response = await federation.fetch(request, { contextData: undefined });
    if (req.method === "POST") {
      emit("inbox-request", { path: req.url, status: response.status });
    }
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  } catch (e) {
    emit("server-error", { message: String(e?.message ?? e) });
    res.writeHead(500);
    res.end();
  }
}).listen(port, "127.0.0.1", () => emit("ready", { actor: `${origin}/users/alice` }));

createInterface({ input: process.stdin }).on("line", handle);
