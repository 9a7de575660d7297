import { randomUUID } from "node:crypto";
import type { NewPasskeyChallenge, PasskeyChallenge } from "../../core/passkeys/passkey-challenge.js";
import type { PasskeyChallengeRepository } from "../../core/passkeys/ports.js";

/** A PasskeyChallengeRepository in process memory: unique challenge values, each taken once. */
export class InMemoryPasskeyChallengeRepository implements PasskeyChallengeRepository {
  private readonly challenges = new Map<string, PasskeyChallenge>();

  async add(draft: NewPasskeyChallenge): Promise<PasskeyChallenge> {
    if ([...this.challenges.values()].some((other) => other.challenge === draft.challenge)) {
      throw new Error("duplicate challenge");
    }
    const challenge = Object.freeze({ ...draft, id: randomUUID() });
    this.challenges.set(challenge.id, challenge);
    return challenge;
  }

  async take(id: string, now: Date): Promise<PasskeyChallenge | null> {
    const challenge = this.challenges.get(id);
    return challenge ? this.spend(challenge, now) : null;
  }

  async takeByValue(value: string, now: Date): Promise<PasskeyChallenge | null> {
    const challenge = [...this.challenges.values()].find((candidate) => candidate.challenge === value);
    return challenge ? this.spend(challenge, now) : null;
  }

  async deleteExpired(now: Date): Promise<number> {
    let deleted = 0;
    for (const challenge of [...this.challenges.values()]) {
      if (challenge.expiresAt > now) continue;
      this.challenges.delete(challenge.id);
      deleted += 1;
    }
    return deleted;
  }

  private spend(challenge: PasskeyChallenge, now: Date): PasskeyChallenge | null {
    this.challenges.delete(challenge.id);
    return challenge.expiresAt > now ? challenge : null;
  }
}
