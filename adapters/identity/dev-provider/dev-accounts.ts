/** A person of the development provider's login page. */
export interface DevAccount {
  readonly id: string;
  readonly email: string;
  readonly emailVerified: boolean;
  readonly name: string;
}

/** The people the development provider offers: one with a verified address, one without, and a spare. */
export const DEV_ACCOUNTS: readonly DevAccount[] = [
  { id: "dev-alice", email: "dev-alice@example.com", emailVerified: true, name: "Alice Dev" },
  { id: "dev-bob", email: "dev-bob@example.com", emailVerified: false, name: "Bob Dev" },
  { id: "dev-carol", email: "dev-carol@example.com", emailVerified: true, name: "Carol Dev" },
];
