import type { Clock } from "../core/shared/clock.js";

/** The machine's clock. */
export const systemClock: Clock = { now: () => new Date() };
