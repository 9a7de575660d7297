import { createHash, generateKeyPairSync, type KeyObject, randomBytes, sign } from "node:crypto";

type Cbor = number | string | Uint8Array | Map<Cbor, Cbor>;

function head(major: number, length: number): Buffer {
  if (length < 24) return Buffer.from([(major << 5) | length]);
  if (length < 256) return Buffer.from([(major << 5) | 24, length]);
  const bytes = Buffer.alloc(3);
  bytes[0] = (major << 5) | 25;
  bytes.writeUInt16BE(length, 1);
  return bytes;
}

/** Just enough CBOR (RFC 8949) for attestation objects and COSE keys: small integers, strings, bytes, maps. */
function cbor(value: Cbor): Buffer {
  if (typeof value === "number") return value >= 0 ? head(0, value) : head(1, -1 - value);
  if (typeof value === "string") return Buffer.concat([head(3, Buffer.byteLength(value)), Buffer.from(value)]);
  if (value instanceof Uint8Array) return Buffer.concat([head(2, value.length), value]);
  const entries = [...value].flatMap(([key, item]) => [cbor(key), cbor(item)]);
  return Buffer.concat([head(5, value.size), ...entries]);
}

const sha256 = (data: Buffer | string) => createHash("sha256").update(data).digest();
const b64url = (data: Buffer) => data.toString("base64url");

const FLAG_USER_PRESENT = 0x01;
const FLAG_USER_VERIFIED = 0x04;
const FLAG_ATTESTED_CREDENTIAL = 0x40;

/** What a created credential answers to the registration options (a `PublicKeyCredential.toJSON()`). */
export interface RegistrationJson {
  id: string;
  rawId: string;
  type: "public-key";
  response: { clientDataJSON: string; attestationObject: string; transports: string[] };
  clientExtensionResults: Record<string, never>;
  authenticatorAttachment: "platform";
}

/** What an assertion answers to the request options. */
export interface AssertionJson {
  id: string;
  rawId: string;
  type: "public-key";
  response: { clientDataJSON: string; authenticatorData: string; signature: string; userHandle?: string };
  clientExtensionResults: Record<string, never>;
  authenticatorAttachment: "platform";
}

export interface CeremonyOverrides {
  /** The page origin the browser would report (default: the authenticator's). */
  readonly origin?: string;
  /** The signature counter to report (default: one more than the last one reported). */
  readonly counter?: number;
  readonly userVerified?: boolean;
}

/**
 * A platform authenticator in software: one ES256 (P-256) credential, attestation `none`, real signatures. It
 * answers options as a browser would hand them to `navigator.credentials`, for the origin and RP id it is told.
 */
export class SoftwareAuthenticator {
  readonly credentialId = randomBytes(16);
  private readonly privateKey: KeyObject;
  private readonly publicKey: KeyObject;
  private counter = 0;
  private userHandle: string | null = null;

  constructor(
    private readonly origin: string,
    private readonly rpId = new URL(origin).hostname,
  ) {
    ({ privateKey: this.privateKey, publicKey: this.publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" }));
  }

  get id(): string {
    return b64url(this.credentialId);
  }

  /** Answers creation options (their `challenge` and `user.id`), as `navigator.credentials.create` would. */
  register(options: { challenge: string; user: { id: string } }, overrides: CeremonyOverrides = {}): RegistrationJson {
    this.userHandle = options.user.id;
    const clientData = this.clientData("webauthn.create", options.challenge, overrides);
    const length = Buffer.alloc(2);
    length.writeUInt16BE(this.credentialId.length);
    const attested = Buffer.concat([Buffer.alloc(16), length, this.credentialId, cbor(this.coseKey())]);
    const authData = this.authenticatorData(overrides, FLAG_ATTESTED_CREDENTIAL, attested);
    const attestation = cbor(
      new Map<Cbor, Cbor>([
        ["fmt", "none"],
        ["attStmt", new Map()],
        ["authData", authData],
      ]),
    );
    return {
      id: this.id,
      rawId: this.id,
      type: "public-key",
      response: {
        clientDataJSON: b64url(clientData),
        attestationObject: b64url(attestation),
        transports: ["internal"],
      },
      clientExtensionResults: {},
      authenticatorAttachment: "platform",
    };
  }

  /** Answers request options (their `challenge`), signing with the credential, as `navigator.credentials.get` would. */
  assert(options: { challenge: string }, overrides: CeremonyOverrides = {}): AssertionJson {
    const clientData = this.clientData("webauthn.get", options.challenge, overrides);
    const authData = this.authenticatorData(overrides, 0, Buffer.alloc(0));
    const signature = sign("sha256", Buffer.concat([authData, sha256(clientData)]), this.privateKey);
    return {
      id: this.id,
      rawId: this.id,
      type: "public-key",
      response: {
        clientDataJSON: b64url(clientData),
        authenticatorData: b64url(authData),
        signature: b64url(signature),
        ...(this.userHandle === null ? {} : { userHandle: this.userHandle }),
      },
      clientExtensionResults: {},
      authenticatorAttachment: "platform",
    };
  }

  private clientData(type: string, challenge: string, overrides: CeremonyOverrides): Buffer {
    const origin = overrides.origin ?? this.origin;
    return Buffer.from(JSON.stringify({ type, challenge, origin, crossOrigin: false }));
  }

  private authenticatorData(overrides: CeremonyOverrides, extraFlags: number, attested: Buffer): Buffer {
    this.counter = overrides.counter ?? this.counter + 1;
    const verified = overrides.userVerified ?? true;
    const flags = FLAG_USER_PRESENT | (verified ? FLAG_USER_VERIFIED : 0) | extraFlags;
    const count = Buffer.alloc(4);
    count.writeUInt32BE(this.counter);
    return Buffer.concat([sha256(this.rpId), Buffer.from([flags]), count, attested]);
  }

  /** The public key as a COSE EC2 key: kty 2, alg -7 (ES256), crv 1 (P-256), x, y. */
  private coseKey(): Map<Cbor, Cbor> {
    const jwk = this.publicKey.export({ format: "jwk" });
    return new Map<Cbor, Cbor>([
      [1, 2],
      [3, -7],
      [-1, 1],
      [-2, Buffer.from(jwk.x ?? "", "base64url")],
      [-3, Buffer.from(jwk.y ?? "", "base64url")],
    ]);
  }
}
