import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CapturingSmtpServer } from "../../mail/testing/capturing-smtp-server.js";
import { type AppWithSmtp, startAppWithSmtp } from "../../testing/app-with-smtp.js";
import { signUpAndLogIn, type TestApp } from "../../testing/test-app.js";
import { testDatabaseKinds } from "../../testing/test-database.js";

const notFound = { status: 404, body: { detail: "Organization not found" } };
const forbidden = { status: 403, body: { detail: "Not enough permissions" } };
const lastOwner = { status: 400, body: { detail: "An organization needs at least one owner" } };
const MISSING = "00000000-0000-4000-8000-000000000000";

describe.each(testDatabaseKinds())("organisations over HTTP on %s", (database) => {
  let running: AppWithSmtp;
  let app: TestApp;
  beforeAll(async () => {
    running = await startAppWithSmtp({ database });
    ({ app } = running);
  });
  afterAll(() => running?.close());

  async function organizationOf(token: string, name = "Acme") {
    const created = await app.call("POST", "/api/v1/organizations/", { token, json: { name } });
    expect(created.status).toBe(200);
    return created.body as { id: string; name: string; slug: string; role: string; created_at: string };
  }

  async function join(organizationId: string, userId: string, role: string) {
    await app.knex("membership").insert({ organization_id: organizationId, user_id: userId, role });
  }

  it("creates an organisation owned by the caller, lists it with the role, and makes slugs unique", async () => {
    const ann = await signUpAndLogIn(app);
    const acme = await organizationOf(ann.token, "Acme Corp");
    expect(Object.keys(acme).sort()).toEqual(["created_at", "id", "name", "role", "slug"]);
    expect(acme).toMatchObject({ name: "Acme Corp", role: "owner" });
    expect(acme.slug).toMatch(/^acme-corp(-\d+)?$/);
    const again = await organizationOf(ann.token, "Acme Corp");
    expect(again.slug).not.toBe(acme.slug);
    const listed = await app.call("GET", "/api/v1/organizations/", { token: ann.token });
    expect(listed.body.count).toBe(2);
    expect(listed.body.data.map((row: { id: string }) => row.id)).toEqual([again.id, acme.id]);
    expect(await app.call("GET", `/api/v1/organizations/${acme.id}`, { token: ann.token })).toMatchObject({
      status: 200,
      body: acme,
    });
  });

  it("hides an organisation from non-members, the superuser included, and validates ids and names", async () => {
    const ann = await signUpAndLogIn(app);
    const bob = await signUpAndLogIn(app);
    const acme = await organizationOf(ann.token);
    const root = await app.superuserToken();
    for (const token of [bob.token, root]) {
      expect(await app.call("GET", `/api/v1/organizations/${acme.id}`, { token })).toMatchObject(notFound);
      expect(await app.call("GET", `/api/v1/organizations/${acme.id}/members`, { token })).toMatchObject(notFound);
      expect(
        await app.call("PATCH", `/api/v1/organizations/${acme.id}`, { token, json: { name: "Mine" } }),
      ).toMatchObject(notFound);
      expect(await app.call("DELETE", `/api/v1/organizations/${acme.id}`, { token })).toMatchObject(notFound);
    }
    expect(await app.call("GET", `/api/v1/organizations/${MISSING}`, { token: ann.token })).toMatchObject(notFound);
    const badId = await app.call("GET", "/api/v1/organizations/not-a-uuid", { token: ann.token });
    expect(badId.status).toBe(422);
    expect(badId.body.detail[0]).toMatchObject({ type: "uuid_parsing", loc: ["path", "org_id"] });
    const empty = await app.call("POST", "/api/v1/organizations/", { token: ann.token, json: { name: "" } });
    expect(empty.status).toBe(422);
    expect((await app.call("GET", "/api/v1/organizations/")).status).toBe(401);
  });

  it("lets owners rename and delete; admins and members are refused", async () => {
    const owner = await signUpAndLogIn(app);
    const admin = await signUpAndLogIn(app);
    const acme = await organizationOf(owner.token);
    await join(acme.id, admin.id, "admin");
    const path = `/api/v1/organizations/${acme.id}`;
    expect(await app.call("PATCH", path, { token: admin.token, json: { name: "X" } })).toMatchObject(forbidden);
    expect(await app.call("DELETE", path, { token: admin.token })).toMatchObject(forbidden);
    const renamed = await app.call("PATCH", path, { token: owner.token, json: { name: "Acme Inc" } });
    expect(renamed).toMatchObject({ status: 200, body: { id: acme.id, name: "Acme Inc", slug: acme.slug } });
    expect(await app.call("DELETE", path, { token: owner.token })).toMatchObject({
      status: 200,
      body: { message: "Organization deleted" },
    });
    expect(await app.call("GET", path, { token: owner.token })).toMatchObject(notFound);
  });

  it("applies the role matrix to members and keeps the last owner", async () => {
    const owner = await signUpAndLogIn(app, { fullName: "Olga" });
    const admin = await signUpAndLogIn(app);
    const member = await signUpAndLogIn(app);
    const acme = await organizationOf(owner.token);
    await join(acme.id, admin.id, "admin");
    await join(acme.id, member.id, "member");
    const members = `/api/v1/organizations/${acme.id}/members`;
    const listed = await app.call("GET", members, { token: member.token });
    expect(listed.body.count).toBe(3);
    expect(listed.body.data[0]).toEqual({
      user_id: owner.id,
      organization_id: acme.id,
      email: owner.email,
      full_name: "Olga",
      role: "owner",
      created_at: expect.any(String),
    });
    const setRole = (token: string, userId: string, role: string) =>
      app.call("PATCH", `${members}/${userId}`, { token, json: { role } });
    expect(await setRole(member.token, admin.id, "member")).toMatchObject(forbidden);
    expect(await setRole(admin.token, member.id, "owner")).toMatchObject(forbidden);
    expect(await setRole(admin.token, owner.id, "member")).toMatchObject(forbidden);
    expect(await setRole(admin.token, member.id, "admin")).toMatchObject({ status: 200, body: { role: "admin" } });
    expect(await setRole(owner.token, owner.id, "admin")).toMatchObject(lastOwner);
    expect((await setRole(owner.token, member.id, "boss")).status).toBe(422);
    expect(await setRole(owner.token, MISSING, "member")).toMatchObject({
      status: 404,
      body: { detail: "Member not found" },
    });
    expect(await app.call("DELETE", `${members}/${owner.id}`, { token: owner.token })).toMatchObject(lastOwner);
    expect(await app.call("DELETE", `${members}/${owner.id}`, { token: admin.token })).toMatchObject(forbidden);
    expect(await app.call("DELETE", `${members}/${member.id}`, { token: admin.token })).toMatchObject({
      status: 200,
      body: { message: "Member removed" },
    });
    expect(await app.call("DELETE", `${members}/${admin.id}`, { token: admin.token })).toMatchObject({
      status: 200,
      body: { message: "Member removed" },
    });
    expect(await app.call("GET", members, { token: admin.token })).toMatchObject(notFound);
  });

  it("shows an organisation's audit log to its admins, with org actions and the organisation's id", async () => {
    const owner = await signUpAndLogIn(app);
    const member = await signUpAndLogIn(app);
    const stranger = await signUpAndLogIn(app);
    const acme = await organizationOf(owner.token);
    await join(acme.id, member.id, "member");
    await app.call("PATCH", `/api/v1/organizations/${acme.id}`, { token: owner.token, json: { name: "Acme 2" } });
    const path = `/api/v1/organizations/${acme.id}/audit-events/`;
    const events = await app.call("GET", path, { token: owner.token });
    expect(events.status).toBe(200);
    expect(events.body.data.map((event: { action: string }) => event.action).sort()).toEqual([
      "org.created",
      "org.updated",
    ]);
    expect(events.body.data[0]).toMatchObject({ organization_id: acme.id, actor_id: owner.id });
    expect(await app.call("GET", path, { token: member.token })).toMatchObject(forbidden);
    expect(await app.call("GET", path, { token: stranger.token })).toMatchObject(notFound);
    expect((await app.call("GET", path.slice(0, -1), { token: owner.token })).status).toBe(200);
  });
});

describe.each(testDatabaseKinds())("invitations over HTTP with real SMTP on %s", (database) => {
  let running: AppWithSmtp;
  let app: TestApp;
  let smtp: CapturingSmtpServer;
  let counter = 0;
  beforeAll(async () => {
    running = await startAppWithSmtp({ database });
    ({ app, smtp } = running);
  });
  afterAll(() => running?.close());

  const uniqueEmail = (name: string) => {
    counter += 1;
    return `${name}-${database}-${counter}@example.com`;
  };
  const verify = (userId: string) => app.knex("user").update({ email_verified_at: new Date() }).where({ id: userId });

  async function owned() {
    const owner = await signUpAndLogIn(app, { email: uniqueEmail("owner"), fullName: "Olga Owner" });
    const created = await app.call("POST", "/api/v1/organizations/", { token: owner.token, json: { name: "Acme" } });
    return { owner, organizationId: created.body.id as string };
  }

  /** Invites `email` and gives the token of the link the e-mail carries, with the e-mail. */
  async function invite(token: string, organizationId: string, email: string, role = "member") {
    const before = smtp.mailsTo(email.toLowerCase()).length;
    const sent = await app.call("POST", `/api/v1/organizations/${organizationId}/invitations`, {
      token,
      json: { email, role },
    });
    expect(sent.status).toBe(200);
    const [mail] = (await smtp.waitForMailsTo(email.toLowerCase(), before + 1)).slice(before);
    const link = /http:\/\/localhost:5173\/invitations\/accept\?token=([A-Za-z0-9_-]+)/.exec(mail?.text ?? "");
    expect(link).not.toBeNull();
    return { invitation: sent.body, mail, token: link?.[1] ?? "" };
  }

  const accept = (token: string | undefined, invitationToken: string) =>
    app.call("POST", "/api/v1/invitations/accept", { token, json: { token: invitationToken } });
  const preview = (invitationToken: string) =>
    app.call("POST", "/api/v1/invitations/preview", { json: { token: invitationToken } });
  const invalid = { status: 400, body: { detail: "Invalid invitation" } };

  it("e-mails a link naming the organisation, inviter and role; the invitee previews, then accepts once", async () => {
    const { owner, organizationId } = await owned();
    const joeEmail = uniqueEmail("joe");
    const { invitation, mail, token } = await invite(owner.token, organizationId, joeEmail.toUpperCase(), "admin");
    expect(invitation).toEqual({
      id: expect.any(String),
      organization_id: organizationId,
      email: joeEmail,
      role: "admin",
      invited_by: owner.id,
      created_at: expect.any(String),
      expires_at: expect.any(String),
    });
    const days = (Date.parse(invitation.expires_at) - Date.parse(invitation.created_at)) / 86_400_000;
    expect(Math.round(days)).toBe(7);
    expect(mail?.subject).toBe("Aygentic Starter - Invitation to join Acme");
    expect(mail?.text).toContain("Olga Owner");
    expect(mail?.text).toContain(owner.email);
    expect(mail?.text).toContain("as admin");
    expect(await preview(token)).toEqual(
      expect.objectContaining({
        status: 200,
        body: {
          organization_name: "Acme",
          inviter_email: owner.email,
          role: "admin",
          email_masked: "j***@example.com",
          expires_at: invitation.expires_at,
        },
      }),
    );
    const joe = await signUpAndLogIn(app, { email: joeEmail.replace("joe", "Joe") });
    expect(await accept(joe.token, token)).toMatchObject({ status: 403, body: { detail: "Email not verified" } });
    await verify(joe.id);
    const joined = await accept(joe.token, token);
    expect(joined).toMatchObject({
      status: 200,
      body: { user_id: joe.id, organization_id: organizationId, role: "admin" },
    });
    expect(await accept(joe.token, token)).toMatchObject(invalid);
    expect(await preview(token)).toMatchObject(invalid);
    const orgs = await app.call("GET", "/api/v1/organizations/", { token: joe.token });
    expect(orgs.body.data).toEqual([expect.objectContaining({ id: organizationId, role: "admin" })]);
    const events = await app.call("GET", `/api/v1/organizations/${organizationId}/audit-events/`, {
      token: owner.token,
    });
    const actions = events.body.data.map((event: { action: string }) => event.action);
    expect(actions).toEqual(expect.arrayContaining(["org.invitation_sent", "org.invitation_accepted"]));
  });

  it("refuses another account, a signed-out caller, a GET and an unknown token", async () => {
    const { owner, organizationId } = await owned();
    const { token } = await invite(owner.token, organizationId, "kim-other@example.com");
    const other = await signUpAndLogIn(app);
    await verify(other.id);
    expect(await accept(other.token, token)).toMatchObject({
      status: 403,
      body: { detail: "This invitation is for k***@example.com" },
    });
    expect((await accept(undefined, token)).status).toBe(401);
    expect((await app.call("GET", `/api/v1/invitations/accept?token=${token}`, { token: other.token })).status).toBe(
      405,
    );
    expect(await preview("not-a-token")).toMatchObject(invalid);
    expect(await accept(other.token, "not-a-token")).toMatchObject(invalid);
  });

  it("replaces a pending invitation, refuses a member's address with 409, lists and revokes", async () => {
    const { owner, organizationId } = await owned();
    const email = uniqueEmail("pat");
    const first = await invite(owner.token, organizationId, email);
    const second = await invite(owner.token, organizationId, email, "admin");
    expect(await preview(first.token)).toMatchObject(invalid);
    const invitations = `/api/v1/organizations/${organizationId}/invitations`;
    const pending = await app.call("GET", invitations, { token: owner.token });
    expect(pending.body).toEqual({ data: [second.invitation], count: 1 });
    const revoked = await app.call("DELETE", `${invitations}/${second.invitation.id}`, { token: owner.token });
    expect(revoked).toMatchObject({ status: 200, body: { message: "Invitation revoked" } });
    expect(await preview(second.token)).toMatchObject(invalid);
    expect(await app.call("DELETE", `${invitations}/${second.invitation.id}`, { token: owner.token })).toMatchObject({
      status: 404,
      body: { detail: "Invitation not found" },
    });
    const again = await app.call("POST", invitations, {
      token: owner.token,
      json: { email: owner.email.toUpperCase(), role: "member" },
    });
    expect(again).toMatchObject({ status: 409, body: { detail: "Already a member" } });
  });

  it("refuses an expired invitation, a member inviting, and an admin inviting an owner", async () => {
    const { owner, organizationId } = await owned();
    const email = uniqueEmail("late");
    const { invitation, token } = await invite(owner.token, organizationId, email);
    await app
      .knex("invitation")
      .update({ expires_at: new Date(Date.now() - 1000) })
      .where({ id: invitation.id });
    const late = await signUpAndLogIn(app, { email });
    await verify(late.id);
    expect(await preview(token)).toMatchObject(invalid);
    expect(await accept(late.token, token)).toMatchObject(invalid);
    const member = await signUpAndLogIn(app);
    const admin = await signUpAndLogIn(app);
    await app.knex("membership").insert([
      { organization_id: organizationId, user_id: member.id, role: "member" },
      { organization_id: organizationId, user_id: admin.id, role: "admin" },
    ]);
    const path = `/api/v1/organizations/${organizationId}/invitations`;
    const json = { email: uniqueEmail("x"), role: "member" };
    expect(await app.call("POST", path, { token: member.token, json })).toMatchObject(forbidden);
    expect(await app.call("GET", path, { token: member.token })).toMatchObject(forbidden);
    expect(await app.call("POST", path, { token: admin.token, json: { ...json, role: "owner" } })).toMatchObject(
      forbidden,
    );
    const stranger = await signUpAndLogIn(app);
    expect(await app.call("POST", path, { token: stranger.token, json })).toMatchObject(notFound);
    const badEmail = await app.call("POST", path, { token: admin.token, json: { email: "nope", role: "member" } });
    expect(badEmail.status).toBe(422);
  });
});

describe("invitation sending is rate limited", () => {
  let running: AppWithSmtp;
  beforeAll(async () => {
    running = await startAppWithSmtp({
      env: { RATE_LIMIT_LOCAL_MULTIPLIER: "1", RATE_LIMIT_INVITATION_PER_ACCOUNT: "2/600" },
    });
  });
  afterAll(() => running?.close());

  it("answers 429 with Retry-After once one address was invited too often", async () => {
    const { app } = running;
    const owner = await signUpAndLogIn(app);
    const created = await app.call("POST", "/api/v1/organizations/", { token: owner.token, json: { name: "Spam" } });
    const path = `/api/v1/organizations/${created.body.id}/invitations`;
    const json = { email: "target@example.com", role: "member" };
    expect((await app.call("POST", path, { token: owner.token, json })).status).toBe(200);
    expect((await app.call("POST", path, { token: owner.token, json })).status).toBe(200);
    const refused = await app.call("POST", path, { token: owner.token, json });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(refused.body.detail).toMatch(/^Too many requests\. Try again in \d+ seconds\.$/);
  });
});
