import { readFileSync } from "node:fs";

interface ProfileNode {
  readonly callFrame: { functionName: string; url: string };
  readonly hitCount?: number;
}

const packageLayers: Array<[RegExp, string]> = [
  [/^@pinojs\/redact$/, "pino's redaction"],
  [/^(pino|sonic-boom|pino-std-serializers|fast-redact|thread-stream)$/, "pino (one line per request)"],
  [
    /^(koa|@koa\/.+|koa-.+|delegates|vary|on-finished|debug|statuses|http-errors|accepts|negotiator|type-is|content-type|fresh|cache-content-type|mime-types|bytes|compressible|raw-body|co-body|inflation|only|encodeurl|escape-html|cookies|keygrip|path-to-regexp|depd)$/,
    "Koa, @koa/router, compress, cors and helpers",
  ],
  [/^@tsoa\/runtime$/, "tsoa (validation, handler)"],
  [/^(knex|tarn)$/, "Knex (runner, raw, pool)"],
  [/^objection$/, "Objection"],
  [
    /^(pg|pg-protocol|pg-types|postgres-date|postgres-array|postgres-interval|pg-pool|pgpass|pg-connection-string|buffer-writer|packet-reader)$/,
    "pg driver",
  ],
  [/^(jws|jwa|jsonwebtoken|jose|safe-buffer|ecdsa-sig-formatter|buffer-equal-constant-time)$/, "JWT and HMAC"],
  [/^(prom-client|tdigest|bintrees)$/, "metrics (prom-client)"],
  [/^adapters\/observability$/, "metrics (prom-client)"],
  [/^inversify|^@inversifyjs/, "Inversify"],
  [/^(ipaddr\.js)$/, "client IP"],
  [/^adapters\/http$/, "our HTTP adapters (incl. JSON.stringify)"],
  [/^(adapters\/.+|core\/.+|bench\/.+)$/, "our adapters and use cases (floor: its handlers)"],
  [/^node:(_http_.+|net|http)$/, "node:http and node:net"],
  [/^node:crypto$/, "JWT and HMAC"],
  [/^node:(modules|vm)$/, "start-up (module loading, not per request)"],
];

const socketWrites = new Set([
  "writev",
  "writevGeneric",
  "writeGeneric",
  "writeString",
  "writeBuffer",
  "writeUtf8String",
  "writeLatin1String",
]);
const startUp = new Set([
  "internalModuleStat",
  "openFileHandle",
  "fstat",
  "readFileUtf8",
  "compileFunction",
  "lstat",
  "realpathSync",
]);
const promiseHooks =
  /^(promiseInitHook|promiseBeforeHook|promiseAfterHook|promiseResolveHook|emitInitNative|emitBeforeNative|emitAfterNative|emitDestroyNative|executionAsyncResource|run|enterWith|getStore|propagateFromParent|_propagate)$/;

function owner(url: string): string {
  if (url === "") return "";
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  if (url.startsWith("node:")) return url.replace(/^node:(internal\/)?/, "node:").split("/")[0]!;
  const ours = /\/(dist\/)?(adapters\/[^/]+|core\/[^/]+|bench\/[^/]+)/.exec(url);
  return ours ? ours[2]! : url;
}

/** The layer a frame's self time belongs to, as the issue-19 notes group it. */
function layer({ functionName, url }: ProfileNode["callFrame"]): string {
  if (socketWrites.has(functionName)) return "socket writes (kernel)";
  if (functionName === "(garbage collector)") return "garbage collection";
  if (startUp.has(functionName)) return "start-up (module loading, not per request)";
  const where = owner(url);
  if (where === "node:async_hooks" || (where.startsWith("node:") && promiseHooks.test(functionName)))
    return "AsyncLocalStorage and async hooks";
  for (const [pattern, name] of packageLayers) if (pattern.test(where)) return name;
  return "V8 and Node internals (promises, microtasks, buffers)";
}

/** Busy self time of a --cpu-prof profile by layer, in % and in ms per request (scaled to the run's CPU per request). */
function layers(path: string, cpuMsPerRequest: number, detail?: string): string {
  const profile = JSON.parse(readFileSync(path, "utf8")) as { nodes: ProfileNode[] };
  const totals = new Map<string, number>();
  let busy = 0;
  for (const node of profile.nodes) {
    const hits = node.hitCount ?? 0;
    if (hits === 0 || node.callFrame.functionName === "(idle)") continue;
    busy += hits;
    const name = layer(node.callFrame);
    // With a layer named, its functions are listed instead of the layers.
    const key =
      detail === undefined
        ? name
        : name === detail
          ? `${node.callFrame.functionName} ${owner(node.callFrame.url)}`
          : "";
    if (key !== "") totals.set(key, (totals.get(key) ?? 0) + hits);
  }
  const rows = [...totals.entries()].sort((a, b) => b[1] - a[1]);
  return [
    `${path}: ${busy} busy samples; CPU ${cpuMsPerRequest} ms/request`,
    ...rows
      .slice(0, 30)
      .map(
        ([name, hits]) =>
          `${((hits / busy) * 100).toFixed(1).padStart(5)} %  ${((hits / busy) * cpuMsPerRequest).toFixed(4)} ms  ${name}`,
      ),
  ].join("\n");
}

const [path, cpu, detail] = process.argv.slice(2);
if (!path || !cpu) throw new Error("usage: tsx bench/profile/layers.ts <file.cpuprofile> <cpu ms per request> [layer]");
process.stdout.write(`${layers(path, Number(cpu), detail)}\n`);
