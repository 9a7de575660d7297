import { randomBytes } from "node:crypto";
import {
  type AuthenticationResponseJSON,
  type AuthenticatorTransport,
  generateAuthenticationOptions,
  generateRegistrationOptions,
  type RegistrationResponseJSON,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from "@simplewebauthn/server";
import type {
  PasskeyCredential,
  PasskeyOptions,
  PasskeyResponseClaims,
  VerifiedRegistration,
  WebAuthnCeremonies,
} from "../../core/passkeys/ports.js";

/** Who we are to authenticators: the relying party's id (a host name), its display name, and the page origin. */
export interface RelyingParty {
  readonly id: string;
  readonly name: string;
  readonly origin: string;
}

/** The relying party of an app published at `frontendHost` under `projectName`. */
export function relyingPartyOf(frontendHost: string, projectName: string): RelyingParty {
  const url = new URL(frontendHost);
  return { id: url.hostname, name: projectName, origin: url.origin };
}

const fromBase64Url = (value: string) => Buffer.from(value, "base64url");
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;

const descriptorOf = (credential: PasskeyCredential) => ({
  id: credential.credentialId,
  transports: credential.transports as AuthenticatorTransport[],
});

/** A fresh challenge: 32 random bytes, which the options carry (and the client data echoes) as base64url. */
function freshChallenge() {
  const bytes = randomBytes(32);
  return { bytes: new Uint8Array(bytes), encoded: bytes.toString("base64url") };
}

function clientDataChallenge(clientDataJSON: unknown): string | null {
  if (typeof clientDataJSON !== "string") return null;
  try {
    const data: unknown = JSON.parse(fromBase64Url(clientDataJSON).toString("utf8"));
    return isRecord(data) && typeof data.challenge === "string" ? data.challenge : null;
  } catch {
    return null;
  }
}

/** The WebAuthn ceremonies with SimpleWebAuthn: attestation `none`, user verification required. */
export class SimpleWebAuthnCeremonies implements WebAuthnCeremonies {
  constructor(private readonly party: RelyingParty) {}

  async creationOptions(input: {
    readonly userId: string;
    readonly userName: string;
    readonly userDisplayName: string;
    readonly exclude: readonly PasskeyCredential[];
  }): Promise<{ options: PasskeyOptions; challenge: string }> {
    const challenge = freshChallenge();
    const options = await generateRegistrationOptions({
      rpName: this.party.name,
      rpID: this.party.id,
      userName: input.userName,
      userID: new Uint8Array(Buffer.from(input.userId, "utf8")),
      userDisplayName: input.userDisplayName,
      challenge: challenge.bytes,
      attestationType: "none",
      excludeCredentials: input.exclude.map(descriptorOf),
      authenticatorSelection: { residentKey: "preferred", userVerification: "required" },
    });
    return { options: options as unknown as PasskeyOptions, challenge: challenge.encoded };
  }

  async requestOptions(allow: readonly PasskeyCredential[]): Promise<{ options: PasskeyOptions; challenge: string }> {
    const challenge = freshChallenge();
    const options = await generateAuthenticationOptions({
      rpID: this.party.id,
      challenge: challenge.bytes,
      allowCredentials: allow.map(descriptorOf),
      userVerification: "required",
    });
    return { options: options as unknown as PasskeyOptions, challenge: challenge.encoded };
  }

  claimsOf(response: unknown): PasskeyResponseClaims | null {
    if (!isRecord(response) || typeof response.id !== "string" || !isRecord(response.response)) return null;
    const challenge = clientDataChallenge(response.response.clientDataJSON);
    if (challenge === null || response.id === "") return null;
    const handle = response.response.userHandle;
    const userHandle = typeof handle === "string" && handle !== "" ? fromBase64Url(handle).toString("utf8") : null;
    return { credentialId: response.id, challenge, userHandle };
  }

  async verifyRegistration(response: unknown, expectedChallenge: string): Promise<VerifiedRegistration | null> {
    try {
      const result = await verifyRegistrationResponse({
        response: response as RegistrationResponseJSON,
        expectedChallenge,
        expectedOrigin: this.party.origin,
        expectedRPID: this.party.id,
        requireUserVerification: true,
      });
      if (!result.verified) return null;
      const { credential } = result.registrationInfo;
      return {
        credentialId: credential.id,
        publicKey: Buffer.from(credential.publicKey).toString("base64url"),
        counter: credential.counter,
        transports: credential.transports ?? [],
      };
    } catch {
      return null;
    }
  }

  async verifyAssertion(
    response: unknown,
    expectedChallenge: string,
    credential: PasskeyCredential,
  ): Promise<{ counter: number } | null> {
    try {
      const result = await verifyAuthenticationResponse({
        response: response as AuthenticationResponseJSON,
        expectedChallenge,
        expectedOrigin: this.party.origin,
        expectedRPID: this.party.id,
        requireUserVerification: true,
        credential: {
          id: credential.credentialId,
          publicKey: new Uint8Array(fromBase64Url(credential.publicKey)),
          counter: credential.counter,
          transports: credential.transports as AuthenticatorTransport[],
        },
      });
      return result.verified ? { counter: result.authenticationInfo.newCounter } : null;
    } catch {
      return null;
    }
  }
}
