import "reflect-metadata";
import { Container, type ServiceIdentifier } from "inversify";
import { ExportAuditEvents } from "../core/audit/export-audit-events.js";
import { ListAuditEvents } from "../core/audit/list-audit-events.js";
import { ListMyAuditEvents } from "../core/audit/list-my-audit-events.js";
import type { AuditLog } from "../core/audit/ports.js";
import { RecordRateLimit } from "../core/audit/record-rate-limit.js";
import { AuthenticateBearer } from "../core/auth/authenticate-bearer.js";
import { AuthenticateCookie } from "../core/auth/authenticate-cookie.js";
import { ListMySessions } from "../core/auth/list-my-sessions.js";
import { LogInWithBearer } from "../core/auth/log-in-with-bearer.js";
import { LogInWithCookie } from "../core/auth/log-in-with-cookie.js";
import { LogOut } from "../core/auth/log-out.js";
import type { RefreshTokenSeal, TokenService } from "../core/auth/ports.js";
import { PreviewPasswordReset } from "../core/auth/preview-password-reset.js";
import { RefreshSession } from "../core/auth/refresh-session.js";
import { RequestPasswordReset } from "../core/auth/request-password-reset.js";
import { ResetPassword } from "../core/auth/reset-password.js";
import { RevokeMyOtherSessions } from "../core/auth/revoke-my-other-sessions.js";
import { RevokeMySession } from "../core/auth/revoke-my-session.js";
import type { SessionPolicy } from "../core/auth/session.js";
import { SessionIssuer } from "../core/auth/session-issuer.js";
import type { SecretGenerator, SessionRepository } from "../core/auth/session-ports.js";
import { LinkIdentity } from "../core/identities/link-identity.js";
import { ListMyIdentities } from "../core/identities/list-my-identities.js";
import { type IdentityRepository, NO_OTHER_WAYS_IN, type OtherWaysIn } from "../core/identities/ports.js";
import { SignInWithIdentity } from "../core/identities/sign-in-with-identity.js";
import { UnlinkIdentity } from "../core/identities/unlink-identity.js";
import { itemUseCases } from "../core/items/item-use-cases.js";
import type { ItemRepository } from "../core/items/ports.js";
import { ListJobs } from "../core/jobs/list-jobs.js";
import type { JobAdmin } from "../core/jobs/ports.js";
import { RetryJob } from "../core/jobs/retry-job.js";
import type { Mailer } from "../core/mail/mailer.js";
import { SendTestEmail } from "../core/mail/send-test-email.js";
import type { Clock } from "../core/shared/clock.js";
import type { UnitOfWork } from "../core/shared/unit-of-work.js";
import { ChangePassword } from "../core/users/change-password.js";
import { CreateDevUser } from "../core/users/create-dev-user.js";
import { CreateUser } from "../core/users/create-user.js";
import { DeleteMe } from "../core/users/delete-me.js";
import { DeleteUser } from "../core/users/delete-user.js";
import { GetUser } from "../core/users/get-user.js";
import { ListUsers } from "../core/users/list-users.js";
import { ChooseMyLocale, type LocaleRepository, ReadMyLocale } from "../core/users/locale.js";
import type { PasswordHasher, UserRepository } from "../core/users/ports.js";
import { RegisterUser } from "../core/users/register-user.js";
import { RevertEmail } from "../core/users/revert-email.js";
import { UpdateMe } from "../core/users/update-me.js";
import { UpdateUser } from "../core/users/update-user.js";
import { DependencyKeys, type ReadinessProbe } from "./dependency-keys.js";
import type { WebSessions } from "./http/browser-session/web-sessions.js";
import { AuditEventsController } from "./http/controllers/audit-events-controller.js";
import { IdentityProvidersController } from "./http/controllers/identity-providers-controller.js";
import { ItemsController } from "./http/controllers/items-controller.js";
import { JobsController } from "./http/controllers/jobs-controller.js";
import { LoginController } from "./http/controllers/login-controller.js";
import { PreferencesController } from "./http/controllers/preferences-controller.js";
import { PrivateController } from "./http/controllers/private-controller.js";
import { SessionsController } from "./http/controllers/sessions-controller.js";
import { UsersController } from "./http/controllers/users-controller.js";
import { UtilsController } from "./http/controllers/utils-controller.js";
import type { IdentityProviders } from "./identity/identity-providers.js";

/** The adapters the use cases run on (built by create-adapters.ts, with test overrides where tests want them). */
export interface Adapters {
  readonly users: UserRepository;
  readonly locales: LocaleRepository;
  readonly items: ItemRepository;
  readonly sessions: SessionRepository;
  readonly identities: IdentityRepository;
  readonly identityProviders: IdentityProviders;
  /** Ways in besides passwords and identities (none here; passkeys add theirs), so the last one is never removed. */
  readonly otherWaysIn?: OtherWaysIn;
  readonly unitOfWork: UnitOfWork;
  readonly auditLog: AuditLog;
  readonly hasher: PasswordHasher;
  readonly tokens: TokenService;
  readonly secrets: SecretGenerator;
  readonly clock: Clock;
  readonly sessionPolicy: SessionPolicy;
  readonly refreshTokenSeal: RefreshTokenSeal;
  readonly webSessions: WebSessions;
  readonly mailer: Mailer;
  readonly readiness: ReadinessProbe;
  readonly jobs: JobAdmin;
  // resource-generator: adapters
}

function sessionUseCases(adapters: Adapters) {
  const { users, hasher, tokens, sessions, secrets, clock, sessionPolicy: policy, unitOfWork } = adapters;
  const issuer = new SessionIssuer(sessions, secrets, tokens, adapters.refreshTokenSeal, clock, policy);
  const trail = { unitOfWork, clock };
  return [
    new LogInWithBearer(users, hasher, issuer, trail),
    new LogInWithCookie(users, hasher, issuer, trail),
    new AuthenticateBearer(sessions, tokens, clock, policy),
    new AuthenticateCookie(users, sessions, secrets, clock, policy),
    new RefreshSession(users, sessions, issuer, trail, policy),
    new LogOut(trail),
    new ListMySessions(sessions, clock, policy),
    new RevokeMySession(sessions, trail, policy),
    new RevokeMyOtherSessions(trail),
    new SignInWithIdentity(users, adapters.identities, issuer, trail, {
      openRegistration: adapters.identityProviders.openRegistration,
    }),
    new LinkIdentity(adapters.identities, trail),
    new ListMyIdentities(adapters.identities),
    new UnlinkIdentity(trail, adapters.otherWaysIn ?? NO_OTHER_WAYS_IN),
  ];
}

/** The composition root: every use case built once by hand and bound by its class; controllers built once (they hold no per-request state). */
export function createContainer(adapters: Adapters): Container {
  const { users, hasher, tokens, mailer, unitOfWork, clock } = adapters;
  const trail = { unitOfWork, clock };
  const container = new Container();
  const useCases = [
    ...sessionUseCases(adapters),
    new RequestPasswordReset(users, tokens, mailer, trail),
    new ResetPassword(users, hasher, tokens, trail, mailer),
    new PreviewPasswordReset(users, tokens, mailer),
    new SendTestEmail(mailer, unitOfWork),
    new RegisterUser(users, hasher, trail),
    new CreateUser(users, hasher, mailer, trail),
    new CreateDevUser(users, hasher),
    new UpdateMe(users, mailer, trail, tokens),
    new ChangePassword(users, hasher, trail, mailer),
    new DeleteMe(users, trail),
    new GetUser(users),
    new ListUsers(users),
    new UpdateUser(users, hasher, trail, mailer, tokens),
    new RevertEmail(users, tokens, trail),
    new DeleteUser(users, trail),
    new ReadMyLocale(adapters.locales),
    new ChooseMyLocale(adapters.locales),
    new ListAuditEvents(adapters.auditLog),
    new ExportAuditEvents(adapters.auditLog),
    new ListMyAuditEvents(adapters.auditLog),
    new RecordRateLimit(users, trail),
    new ListJobs(adapters.jobs),
    new RetryJob(adapters.jobs),
    ...itemUseCases(adapters.items, trail),
    // resource-generator: use cases
  ];
  for (const useCase of useCases) {
    container.bind(useCase.constructor as ServiceIdentifier<typeof useCase>).toConstantValue(useCase);
  }
  container.bind(DependencyKeys.mailer).toConstantValue(mailer);
  container.bind(DependencyKeys.readiness).toConstantValue(adapters.readiness);
  container.bind(DependencyKeys.clock).toConstantValue(clock);
  container.bind(DependencyKeys.webSessions).toConstantValue(adapters.webSessions);
  container.bind(DependencyKeys.identityProviders).toConstantValue(adapters.identityProviders);
  container.bind(LoginController).toSelf().inSingletonScope();
  container.bind(SessionsController).toSelf().inSingletonScope();
  container.bind(UsersController).toSelf().inSingletonScope();
  container.bind(ItemsController).toSelf().inSingletonScope();
  container.bind(UtilsController).toSelf().inSingletonScope();
  container.bind(PrivateController).toSelf().inSingletonScope();
  container.bind(AuditEventsController).toSelf().inSingletonScope();
  container.bind(JobsController).toSelf().inSingletonScope();
  container.bind(PreferencesController).toSelf().inSingletonScope();
  container.bind(IdentityProvidersController).toSelf().inSingletonScope();
  // resource-generator: controllers
  return container;
}
