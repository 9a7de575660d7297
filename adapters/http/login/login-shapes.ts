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

/** An OAuth2 bearer access token. */
export interface Token {
  access_token: string;
  token_type: string;
}

export const bearerToken = (accessToken: string): Token => ({ access_token: accessToken, token_type: "bearer" });
