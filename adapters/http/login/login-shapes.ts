import type { BearerGrant } from "../../../core/auth/session-issuer.js";

// The password bounds are core/users/credential-rules.ts (credential-rules.test.ts keeps them equal).

/** The OAuth2 password-flow form; `username` is the e-mail address. */
export interface Body_login_login_access_token {
  /** @pattern ^password$ */
  grant_type?: string | null;
  username: string;
  password: string;
  /** @default "" */
  scope?: string;
  client_id?: string | null;
  client_secret?: string | null;
}

/** A password reset with the token from the recovery e-mail. */
export interface NewPassword {
  token: string;
  /**
   * @minLength 8
   * @maxLength 128
   */
  new_password: string;
}

/** The token of the link an e-mail change notice sent to the old address. */
export interface EmailRevert {
  token: string;
}

/** A refresh-token grant; `grant_type` may be left out. */
export interface Body_login_refresh_token {
  /** @pattern ^refresh_token$ */
  grant_type?: string | null;
  refresh_token: string;
}

/** An OAuth2 bearer access token bound to a session, its lifetime in seconds, and a single-use refresh token. */
export interface Token {
  access_token: string;
  token_type: string;
  expires_in: number;
  refresh_token: string;
}

/** The wire form of a bearer grant. */
export const bearerToken = (grant: BearerGrant): Token => ({
  access_token: grant.accessToken,
  token_type: "bearer",
  expires_in: grant.expiresIn,
  refresh_token: grant.refreshToken,
});
