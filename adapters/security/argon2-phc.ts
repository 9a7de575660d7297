/** The argon2id parameters of the reference (argon2-cffi defaults), used for every new hash. */
export const ARGON2_PARAMETERS = {
  type: "argon2id",
  version: 0x13,
  memoryCost: 65536,
  timeCost: 3,
  parallelism: 4,
  hashLength: 32,
  saltLength: 16,
} as const;

/** A fixed argon2id hash with the current parameters, of a password nobody has; unknown users are checked against it. */
export const DUMMY_HASH =
  "$argon2id$v=19$m=65536,t=3,p=4$ijCySCTvqqSfW6JeKtLr8g$T1Ukfi4cmwe0Iv/x2WNuyW7N7O/zQR8MmeyYOFdAVKo";

/** What an argon2 PHC string says about how it was made. */
export interface Argon2Phc {
  readonly type: string;
  readonly memoryCost: number;
  readonly timeCost: number;
  readonly parallelism: number;
  readonly saltLength: number;
  readonly hashLength: number;
}

const TYPES = new Set(["argon2id", "argon2i", "argon2d"]);
const B64 = /^[A-Za-z0-9+/]+$/;

/**
 * The PHC string argon2-cffi writes: parameters in the order m, t, p. (node-argon2 writes m, p, t, which
 * argon2-cffi's strict decoder rejects, so a database shared with the reference would lock users out.)
 */
export function encodeArgon2id(salt: Buffer, hash: Buffer): string {
  const { version, memoryCost: m, timeCost: t, parallelism: p } = ARGON2_PARAMETERS;
  return `$argon2id$v=${version}$m=${m},t=${t},p=${p}$${unpadded(salt)}$${unpadded(hash)}`;
}

/** Reads an argon2 PHC string (parameters in any order), or null when it is not a well-formed one. */
export function parseArgon2(phc: string): Argon2Phc | null {
  const [empty, type, version, params, salt, hash, ...rest] = phc.split("$");
  if (empty !== "" || rest.length > 0 || !type || !TYPES.has(type) || !/^v=\d+$/.test(version ?? "")) return null;
  if (!salt || !hash || !B64.test(salt) || !B64.test(hash)) return null;
  const pairs = (params ?? "").split(",").map((pair) => /^([mtp])=(\d{1,10})$/.exec(pair));
  const values = new Map(pairs.map((match) => [match?.[1], Number(match?.[2])]));
  const [m, t, p] = [values.get("m"), values.get("t"), values.get("p")];
  if (pairs.length !== 3 || m === undefined || t === undefined || p === undefined) return null;
  const saltLength = Buffer.from(salt, "base64").length;
  const hashLength = Buffer.from(hash, "base64").length;
  return { type, memoryCost: m, timeCost: t, parallelism: p, saltLength, hashLength };
}

/** The salt or tag length, or the variant, differs from what new hashes use (argon2.needsRehash checks the rest). */
export function hasOutdatedShape(phc: Argon2Phc): boolean {
  const current = ARGON2_PARAMETERS;
  return phc.type !== current.type || phc.saltLength !== current.saltLength || phc.hashLength !== current.hashLength;
}

/**
 * Parameters no hash of ours ever had. A stored string asking for more would make one login allocate
 * gigabytes or spin for minutes, so it is treated as malformed rather than computed.
 */
export function isAffordable(phc: Argon2Phc): boolean {
  return phc.memoryCost <= 4 * 65536 && phc.timeCost <= 16 && phc.parallelism <= 16;
}

const unpadded = (bytes: Buffer): string => bytes.toString("base64").replace(/=+$/, "");
