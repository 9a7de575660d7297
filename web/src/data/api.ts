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
  readIdentityProviders: call(fetcher.path("/api/v1/login/providers").method("get").create()),
  readMyIdentities: call(fetcher.path("/api/v1/users/me/identities").method("get").create()),
  unlinkMyIdentity: call(fetcher.path("/api/v1/users/me/identities/{identity_id}").method("delete").create()),
  readMyAuditEvents: call(fetcher.path("/api/v1/users/me/audit-events").method("get").create()),
  readAuditEvents: call(fetcher.path("/api/v1/audit-events").method("get").create()),
  recoverPassword: call(fetcher.path("/api/v1/password-recovery/{email}").method("post").create()),
  resetPassword: call(fetcher.path("/api/v1/reset-password").method("post").create()),
  revertEmail: call(fetcher.path("/api/v1/revert-email").method("post").create()),
  readItems: call(fetcher.path("/api/v1/items").method("get").create()),
  createItem: call(fetcher.path("/api/v1/items").method("post").create()),
  updateItem: call(fetcher.path("/api/v1/items/{id}").method("put").create()),
  deleteItem: call(fetcher.path("/api/v1/items/{id}").method("delete").create()),
  readMyPreferences: call(fetcher.path("/api/v1/users/me/preferences").method("get").create()),
  updateMyPreferences: call(fetcher.path("/api/v1/users/me/preferences").method("put").create()),
  readJobs: call(fetcher.path("/api/v1/jobs").method("get").create()),
  readJobCounts: call(fetcher.path("/api/v1/jobs/counts").method("get").create()),
  retryFailedJob: call(fetcher.path("/api/v1/jobs/{job_id}/retry").method("post").create()),
  // resource-generator: api calls
};
