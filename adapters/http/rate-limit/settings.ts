/** At most `points` requests per `durationSeconds` for one key (an IP address or an account). */
export interface RateRule {
  readonly points: number;
  readonly durationSeconds: number;
}

/** The per-IP and per-account rules of one guarded operation. */
export interface GuardRules {
  readonly perIp: RateRule;
  readonly perAccount: RateRule;
}

/** Login counts failed attempts only, per (account, client IP), per account and per client IP. */
export interface LoginFailureRules {
  readonly perAccountIp: RateRule;
  readonly perAccount: RateRule;
  readonly perIp: RateRule;
}

/** Rate limits on the unauthenticated operations that cost an argon2 hash or an e-mail. */
export interface RateLimitSettings {
  readonly enabled: boolean;
  readonly login: LoginFailureRules;
  readonly passwordRecovery: GuardRules;
  readonly signup: GuardRules;
  /** Invitations sent: per client IP, and per invited address (so one mailbox cannot be flooded). */
  readonly invitation: GuardRules;
}

/** The defaults, and the environment variable that overrides each rule (as `<points>/<seconds>`). */
export const rateLimitVariables = {
  RATE_LIMIT_LOGIN_FAILURES_PER_ACCOUNT_IP: "10/900",
  RATE_LIMIT_LOGIN_FAILURES_PER_ACCOUNT: "100/3600",
  RATE_LIMIT_LOGIN_FAILURES_PER_IP: "100/900",
  RATE_LIMIT_RECOVERY_PER_IP: "20/3600",
  RATE_LIMIT_RECOVERY_PER_ACCOUNT: "5/3600",
  RATE_LIMIT_SIGNUP_PER_IP: "20/3600",
  RATE_LIMIT_SIGNUP_PER_ACCOUNT: "5/3600",
  RATE_LIMIT_INVITATION_PER_IP: "50/3600",
  RATE_LIMIT_INVITATION_PER_ACCOUNT: "5/3600",
} as const;

const rulePattern = /^\s*(\d{1,9})\s*\/\s*(\d{1,9})\s*$/;

/** Parses `<points>/<seconds>`, e.g. `10/900`; null when malformed or when either number is 0. */
export function parseRateRule(text: string): RateRule | null {
  const match = rulePattern.exec(text);
  if (!match) return null;
  const points = Number(match[1]);
  const durationSeconds = Number(match[2]);
  return points > 0 && durationSeconds > 0 ? { points, durationSeconds } : null;
}

type RuleName = keyof typeof rateLimitVariables;

/**
 * Builds the settings from already validated rule strings (missing ones take the defaults); every rule's points are
 * multiplied by `multiplier` (RATE_LIMIT_LOCAL_MULTIPLIER in local, else 1).
 */
export function rateLimitSettings(
  enabled: boolean,
  rules: Partial<Record<RuleName, string>> = {},
  multiplier = 1,
): RateLimitSettings {
  const rule = (name: RuleName): RateRule => {
    const parsed = parseRateRule(rules[name] ?? rateLimitVariables[name]);
    if (!parsed) throw new Error(`${name}: expected <points>/<seconds>`);
    return { points: parsed.points * multiplier, durationSeconds: parsed.durationSeconds };
  };
  return {
    enabled,
    login: {
      perAccountIp: rule("RATE_LIMIT_LOGIN_FAILURES_PER_ACCOUNT_IP"),
      perAccount: rule("RATE_LIMIT_LOGIN_FAILURES_PER_ACCOUNT"),
      perIp: rule("RATE_LIMIT_LOGIN_FAILURES_PER_IP"),
    },
    passwordRecovery: {
      perIp: rule("RATE_LIMIT_RECOVERY_PER_IP"),
      perAccount: rule("RATE_LIMIT_RECOVERY_PER_ACCOUNT"),
    },
    signup: { perIp: rule("RATE_LIMIT_SIGNUP_PER_IP"), perAccount: rule("RATE_LIMIT_SIGNUP_PER_ACCOUNT") },
    invitation: {
      perIp: rule("RATE_LIMIT_INVITATION_PER_IP"),
      perAccount: rule("RATE_LIMIT_INVITATION_PER_ACCOUNT"),
    },
  };
}
