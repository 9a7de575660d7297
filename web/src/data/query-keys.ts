/**
 * Every query key of the app, defined once. A resource's `all` is the prefix of its lists, so invalidating it
 * refreshes every page and view of that list.
 */
export const queryKeys = {
  session: ["session"] as const,
  currentUser: ["currentUser"] as const,
  mySessions: ["mySessions"] as const,
  myAuditEvents: ["myAuditEvents"] as const,
  myPasskeys: ["myPasskeys"] as const,
  mySecurity: ["mySecurity"] as const,
  identityProviders: ["identityProviders"] as const,
  myIdentities: ["myIdentities"] as const,
  users: {
    all: ["users"] as const,
    list: (params: object) => ["users", params] as const,
  },
  items: {
    all: ["items"] as const,
    list: (params: object) => ["items", params] as const,
  },
  organizations: {
    all: ["organizations"] as const,
    mine: ["organizations", "mine"] as const,
    one: (id: string) => ["organizations", id] as const,
    members: (id: string) => ["organizations", id, "members"] as const,
    invitations: (id: string) => ["organizations", id, "invitations"] as const,
  },
  invitationPreview: (token: string) => ["invitationPreview", token] as const,
  // resource-generator: query keys
  jobs: {
    all: ["jobs"] as const,
    list: (params: object) => ["jobs", params] as const,
    counts: ["jobs", "counts"] as const,
  },
  auditEvents: {
    all: ["auditEvents"] as const,
    list: (params: object) => ["auditEvents", params] as const,
  },
};
