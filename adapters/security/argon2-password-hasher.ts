import { randomBytes } from "node:crypto";
import argon2 from "argon2";
import bcrypt from "bcryptjs";
import pLimit, { type LimitFunction } from "p-limit";
import { DomainError } from "../../core/shared/errors.js";
import type { PasswordCheck, PasswordHasher } from "../../core/users/ports.js";
import {
  ARGON2_PARAMETERS,
  DUMMY_HASH,
  encodeArgon2id,
  hasOutdatedShape,
  isAffordable,
  parseArgon2,
} from "./argon2-phc.js";

const BCRYPT = /^\$2[aby]\$\d{2}\$[./A-Za-z0-9]{53}$/;
const INVALID: PasswordCheck = { valid: false, needsRehash: false };

export interface Argon2PasswordHasherOptions {
  /** How many hashes run at once; each argon2 operation takes 64 MiB (default 2). */
  readonly maxConcurrentHashes?: number;
  /** How many may wait for a slot (default 64); past it a hash is refused at once with `hashQueueFull`. */
  readonly maxQueuedHashes?: number;
}

/** Every hashing slot is taken and the queue is full: a caller should come back shortly (503 with Retry-After). */
export const hashQueueFull = () =>
  new DomainError("unavailable", "security.hash_queue_full", "Service busy, try again");

/** Argon2id hashing with the reference's parameters; verifies argon2 and legacy bcrypt hashes and flags old ones. */
export class Argon2PasswordHasher implements PasswordHasher {
  private readonly slots: LimitFunction;
  private readonly maxQueued: number;

  constructor(options: Argon2PasswordHasherOptions = {}) {
    this.slots = pLimit(options.maxConcurrentHashes ?? 2);
    this.maxQueued = options.maxQueuedHashes ?? 64;
  }

  /** How many hashing operations run now (at most `maxConcurrentHashes`). */
  get running(): number {
    return this.slots.activeCount;
  }

  /** How many hashing operations wait for a free slot. */
  get queued(): number {
    return this.slots.pendingCount;
  }

  /** Runs `work` in a hashing slot, or refuses at once when every slot is busy and the queue is full. */
  private limit<T>(work: () => Promise<T>): Promise<T> {
    const mustWait = this.slots.activeCount >= this.slots.concurrency;
    if (mustWait && this.slots.pendingCount >= this.maxQueued) return Promise.reject(hashQueueFull());
    return this.slots(work);
  }

  hash(password: string): Promise<string> {
    return this.limit(async () => {
      const salt = randomBytes(ARGON2_PARAMETERS.saltLength);
      const { memoryCost, timeCost, parallelism, hashLength } = ARGON2_PARAMETERS;
      const tag = await argon2.hash(password, {
        type: argon2.argon2id,
        memoryCost,
        timeCost,
        parallelism,
        hashLength,
        salt,
        raw: true,
      });
      return encodeArgon2id(salt, tag);
    });
  }

  async verify(password: string, hashedPassword: string): Promise<PasswordCheck> {
    if (BCRYPT.test(hashedPassword)) return this.verifyBcrypt(password, hashedPassword);
    const phc = parseArgon2(hashedPassword);
    if (!phc || !isAffordable(phc)) return INVALID;
    const valid = await this.limit(() => argon2.verify(hashedPassword, password).catch(() => false));
    if (!valid) return INVALID;
    const { memoryCost, timeCost, parallelism, version } = ARGON2_PARAMETERS;
    const outdated = argon2.needsRehash(hashedPassword, { memoryCost, timeCost, parallelism, version });
    return { valid: true, needsRehash: outdated || hasOutdatedShape(phc) };
  }

  async verifyDummy(password: string): Promise<void> {
    await this.limit(() => argon2.verify(DUMMY_HASH, password).catch(() => false));
  }

  private async verifyBcrypt(password: string, hashedPassword: string): Promise<PasswordCheck> {
    const valid = await this.limit(() => bcrypt.compare(password, hashedPassword).catch(() => false));
    // A bcrypt hash is a legacy scheme: once the password is known to match, replace it with argon2id.
    return valid ? { valid: true, needsRehash: true } : INVALID;
  }
}
