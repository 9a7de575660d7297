import { Fetcher } from "openapi-typescript-fetch";
import type { paths } from "../api/schema.js";
import { API_URL } from "../config.js";
import { transport } from "./browser-session.js";

const fetcher = Fetcher.for<paths>();
fetcher.configure({ baseUrl: API_URL, init: transport });

const call =
  <A, R>(fetch: (arg: A) => Promise<{ data: R }>) =>
  async (arg: A): Promise<R> =>
    (await fetch(arg)).data;

/** The typed API calls, named after the OpenAPI operation ids. */
export const api = {
  readSession: call(fetcher.path("/api/v1/session").method("get").create()),
  readUserMe: call(fetcher.path("/api/v1/users/me").method("get").create()),
  updateUserMe: call(fetcher.path("/api/v1/users/me").method("patch").create()),
  deleteUserMe: call(fetcher.path("/api/v1/users/me").method("delete").create()),
  updatePasswordMe: call(fetcher.path("/api/v1/users/me/password").method("patch").create()),
  registerUser: call(fetcher.path("/api/v1/users/signup").method("post").create()),
  readUsers: call(fetcher.path("/api/v1/users").method("get").create()),
  createUser: call(fetcher.path("/api/v1/users").method("post").create()),
  updateUser: call(fetcher.path("/api/v1/users/{user_id}").method("patch").create()),
  deleteUser: call(fetcher.path("/api/v1/users/{user_id}").method("delete").create()),
  readMySessions: call(fetcher.path("/api/v1/users/me/sessions").method("get").create()),
  revokeMyOtherSessions: call(fetcher.path("/api/v1/users/me/sessions").method("delete").create()),
  revokeMySession: call(fetcher.path("/api/v1/users/me/sessions/{session_id}").method("delete").create()),
  startTotpSetup: call(fetcher.path("/api/v1/users/me/totp").method("post").create()),
  confirmTotp: call(fetcher.path("/api/v1/users/me/totp/confirm").method("post").create()),
  disableTotp: call(fetcher.path("/api/v1/users/me/totp/disable").method("post").create()),
  regenerateRecoveryCodes: call(fetcher.path("/api/v1/users/me/recovery-codes").method("post").create()),
  readIdentityProviders: call(fetcher.path("/api/v1/login/providers").method("get").create()),
  readMyIdentities: call(fetcher.path("/api/v1/users/me/identities").method("get").create()),
  unlinkMyIdentity: call(fetcher.path("/api/v1/users/me/identities/{identity_id}").method("delete").create()),
  readMyAuditEvents: call(fetcher.path("/api/v1/users/me/audit-events").method("get").create()),
  readAuditEvents: call(fetcher.path("/api/v1/audit-events").method("get").create()),
  recoverPassword: call(fetcher.path("/api/v1/password-recovery/{email}").method("post").create()),
  resetPassword: call(fetcher.path("/api/v1/reset-password").method("post").create()),
  revertEmail: call(fetcher.path("/api/v1/revert-email").method("post").create()),
  verifyEmail: call(fetcher.path("/api/v1/verify-email").method("post").create()),
  sendVerificationEmail: call(fetcher.path("/api/v1/users/me/verification-email").method("post").create()),
  readMySecurity: call(fetcher.path("/api/v1/users/me/security").method("get").create()),
  readItems: call(fetcher.path("/api/v1/items").method("get").create()),
  createItem: call(fetcher.path("/api/v1/items").method("post").create()),
  updateItem: call(fetcher.path("/api/v1/items/{id}").method("put").create()),
  deleteItem: call(fetcher.path("/api/v1/items/{id}").method("delete").create()),
  readMyPreferences: call(fetcher.path("/api/v1/users/me/preferences").method("get").create()),
  updateMyPreferences: call(fetcher.path("/api/v1/users/me/preferences").method("put").create()),
  readJobs: call(fetcher.path("/api/v1/jobs").method("get").create()),
  readJobCounts: call(fetcher.path("/api/v1/jobs/counts").method("get").create()),
  retryFailedJob: call(fetcher.path("/api/v1/jobs/{job_id}/retry").method("post").create()),
  readOrganizations: call(fetcher.path("/api/v1/organizations").method("get").create()),
  createOrganization: call(fetcher.path("/api/v1/organizations").method("post").create()),
  readOrganization: call(fetcher.path("/api/v1/organizations/{org_id}").method("get").create()),
  updateOrganization: call(fetcher.path("/api/v1/organizations/{org_id}").method("patch").create()),
  deleteOrganization: call(fetcher.path("/api/v1/organizations/{org_id}").method("delete").create()),
  readMembers: call(fetcher.path("/api/v1/organizations/{org_id}/members").method("get").create()),
  updateMember: call(fetcher.path("/api/v1/organizations/{org_id}/members/{user_id}").method("patch").create()),
  deleteMember: call(fetcher.path("/api/v1/organizations/{org_id}/members/{user_id}").method("delete").create()),
  readInvitations: call(fetcher.path("/api/v1/organizations/{org_id}/invitations").method("get").create()),
  createInvitation: call(fetcher.path("/api/v1/organizations/{org_id}/invitations").method("post").create()),
  deleteInvitation: call(
    fetcher.path("/api/v1/organizations/{org_id}/invitations/{invitation_id}").method("delete").create(),
  ),
  previewInvitation: call(fetcher.path("/api/v1/invitations/preview").method("post").create()),
  acceptInvitation: call(fetcher.path("/api/v1/invitations/accept").method("post").create()),
  createPasskeyOptions: call(fetcher.path("/api/v1/users/me/passkeys/options").method("post").create()),
  readMyPasskeys: call(fetcher.path("/api/v1/users/me/passkeys").method("get").create()),
  addPasskey: call(fetcher.path("/api/v1/users/me/passkeys").method("post").create()),
  renameMyPasskey: call(fetcher.path("/api/v1/users/me/passkeys/{passkey_id}").method("patch").create()),
  removeMyPasskey: call(fetcher.path("/api/v1/users/me/passkeys/{passkey_id}").method("delete").create()),
  // resource-generator: api calls
};
