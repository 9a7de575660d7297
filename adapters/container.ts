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
import { NO_OTHER_WAYS_IN, type OtherWaysIn } from "../core/identities/other-ways-in.js";
import type { IdentityRepository } from "../core/identities/ports.js";
import { SignInWithIdentity } from "../core/identities/sign-in-with-identity.js";
import { UnlinkIdentity } from "../core/identities/unlink-identity.js";
import { itemUseCases } from "../core/items/item-use-cases.js";
import type { ItemRepository } from "../core/items/ports.js";
import { ListJobs } from "../core/jobs/list-jobs.js";
import type { JobAdmin } from "../core/jobs/ports.js";
import { RetryJob } from "../core/jobs/retry-job.js";
import type { Mailer } from "../core/mail/mailer.js";
import { SendTestEmail } from "../core/mail/send-test-email.js";
import type { InvitationPolicy } from "../core/organizations/invitation-policy.js";
import { organizationUseCases } from "../core/organizations/organization-use-cases.js";
import type { InvitationRepository, OrganizationRepository } from "../core/organizations/ports.js";
import { AddPasskey } from "../core/passkeys/add-passkey.js";
import { ListMyPasskeys } from "../core/passkeys/list-my-passkeys.js";
import { LogInWithPasskey } from "../core/passkeys/log-in-with-passkey.js";
import type {
  PasskeyChallengeRepository,
  PasskeyRepository,
  SignInMethods,
  WebAuthnCeremonies,
} from "../core/passkeys/ports.js";
import { RemoveMyPasskey } from "../core/passkeys/remove-my-passkey.js";
import { RenameMyPasskey } from "../core/passkeys/rename-my-passkey.js";
import { StartPasskeyAssertion } from "../core/passkeys/start-passkey-assertion.js";
import { StartPasskeyRegistration } from "../core/passkeys/start-passkey-registration.js";
import { VerifyPasskeyAssertion } from "../core/passkeys/verify-passkey-assertion.js";
import type { Clock } from "../core/shared/clock.js";
import type { UnitOfWork } from "../core/shared/unit-of-work.js";
import { CompleteMfaLogIn } from "../core/two-factor/complete-mfa-log-in.js";
import { ConfirmTotp } from "../core/two-factor/confirm-totp.js";
import { DisableTotp } from "../core/two-factor/disable-totp.js";
import { PasskeyMethod } from "../core/two-factor/passkey-method.js";
import type {
  MfaChallengeRepository,
  SecretBox,
  TotpAlgorithm,
  TwoFactorRepository,
} from "../core/two-factor/ports.js";
import { RecoveryCodeMethod } from "../core/two-factor/recovery-code-method.js";
import { RegenerateRecoveryCodes } from "../core/two-factor/regenerate-recovery-codes.js";
import { ResetTwoFactor } from "../core/two-factor/reset-two-factor.js";
import { SecondFactors } from "../core/two-factor/second-factor.js";
import { SecondFactorGate } from "../core/two-factor/second-factor-gate.js";
import { StartMfaPasskey } from "../core/two-factor/start-mfa-passkey.js";
import { StartTotpSetup } from "../core/two-factor/start-totp-setup.js";
import { TotpMethod } from "../core/two-factor/totp-method.js";
import { ChangePassword } from "../core/users/change-password.js";
import { CreateDevUser } from "../core/users/create-dev-user.js";
import { CreateUser } from "../core/users/create-user.js";
import { DeleteMe } from "../core/users/delete-me.js";
import { DeleteUser } from "../core/users/delete-user.js";
import { GetUser } from "../core/users/get-user.js";
import { ListUsers } from "../core/users/list-users.js";
import { ChooseMyLocale, type LocaleRepository, ReadMyLocale } from "../core/users/locale.js";
import type { PasswordHasher, UserRepository } from "../core/users/ports.js";
import { ReadMySecurity } from "../core/users/read-my-security.js";
import { RegisterUser } from "../core/users/register-user.js";
import { RevertEmail } from "../core/users/revert-email.js";
import type { SecurityFacts } from "../core/users/security-facts.js";
import { SendVerificationEmail } from "../core/users/send-verification-email.js";
import { StartEmailVerification } from "../core/users/start-email-verification.js";
import { UpdateMe } from "../core/users/update-me.js";
import { UpdateUser } from "../core/users/update-user.js";
import { VerifyEmail } from "../core/users/verify-email.js";
import { DependencyKeys, type ReadinessProbe } from "./dependency-keys.js";
import type { WebSessions } from "./http/browser-session/web-sessions.js";
import { AccountSecurityController } from "./http/controllers/account-security-controller.js";
import { AuditEventsController } from "./http/controllers/audit-events-controller.js";
import { IdentityProvidersController } from "./http/controllers/identity-providers-controller.js";
import { InvitationsController } from "./http/controllers/invitations-controller.js";
import { ItemsController } from "./http/controllers/items-controller.js";
import { JobsController } from "./http/controllers/jobs-controller.js";
import { LoginController } from "./http/controllers/login-controller.js";
import { OrganizationsController } from "./http/controllers/organizations-controller.js";
import { PasskeysController } from "./http/controllers/passkeys-controller.js";
import { PreferencesController } from "./http/controllers/preferences-controller.js";
import { PrivateController } from "./http/controllers/private-controller.js";
import { SessionsController } from "./http/controllers/sessions-controller.js";
import { TwoFactorController } from "./http/controllers/two-factor-controller.js";
import { UsersController } from "./http/controllers/users-controller.js";
import { UtilsController } from "./http/controllers/utils-controller.js";
import type { IdentityProviders } from "./identity/identity-providers.js";

/** The adapters the use cases run on (built by create-adapters.ts, with test overrides where tests want them). */
export interface Adapters {
  readonly users: UserRepository;
  readonly locales: LocaleRepository;
  readonly items: ItemRepository;
  readonly organizations: OrganizationRepository;
  readonly invitations: InvitationRepository;
  readonly invitationPolicy: InvitationPolicy;
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
  readonly twoFactor: TwoFactorRepository;
  readonly mfaChallenges: MfaChallengeRepository;
  readonly totp: TotpAlgorithm;
  /** Seals TOTP secrets at rest. */
  readonly secretBox: SecretBox;
  /** The issuer authenticator apps show beside the account (the project's name). */
  readonly totpIssuer: string;
  readonly passkeys: PasskeyRepository;
  readonly passkeyChallenges: PasskeyChallengeRepository;
  readonly webAuthn: WebAuthnCeremonies;
  readonly signInMethods: SignInMethods;
  /** How long verification links work, and whether an unverified address locks the account out. */
  readonly emailVerification: { readonly tokenExpireHours: number; readonly required: boolean };
  /** What each sign-in feature knows about an account (the security overview). */
  readonly securityFacts: SecurityFacts;
  // resource-generator: adapters
}

/** The second-factor methods this app offers at a log-in's second step, in the order they are listed. */
function secondFactorsOf(adapters: Adapters): SecondFactors {
  const { twoFactor, totp, secretBox, secrets, mailer, passkeys } = adapters;
  return new SecondFactors([
    new TotpMethod(twoFactor, totp, secretBox),
    new RecoveryCodeMethod(twoFactor, secrets, mailer),
    new PasskeyMethod(passkeys, adapters.webAuthn, adapters.clock),
  ]);
}

const passkeyVerification = ({ passkeys, passkeyChallenges, webAuthn, clock }: Adapters) =>
  new VerifyPasskeyAssertion(passkeys, passkeyChallenges, webAuthn, clock);

function twoFactorUseCases(adapters: Adapters, issuer: SessionIssuer) {
  const { users, hasher, twoFactor, totp, secretBox, secrets, clock, unitOfWork, mailer } = adapters;
  const trail = { unitOfWork, clock };
  const factors = secondFactorsOf(adapters);
  return [
    new StartTotpSetup(users, hasher, twoFactor, totp, secretBox, clock, adapters.totpIssuer),
    new ConfirmTotp(users, twoFactor, totp, secretBox, secrets, trail, mailer),
    new DisableTotp(users, hasher, trail, mailer),
    new RegenerateRecoveryCodes(users, hasher, totp, secrets, trail),
    new ResetTwoFactor(users, trail, mailer),
    new CompleteMfaLogIn(users, adapters.mfaChallenges, factors, secrets, issuer, trail),
  ];
}

function sessionUseCases(adapters: Adapters) {
  const { users, hasher, tokens, sessions, secrets, clock, sessionPolicy: policy, unitOfWork } = adapters;
  const issuer = new SessionIssuer(sessions, secrets, tokens, adapters.refreshTokenSeal, clock, policy);
  const trail = { unitOfWork, clock };
  const gate = new SecondFactorGate(secondFactorsOf(adapters), adapters.mfaChallenges, secrets, clock);
  return [
    new LogInWithBearer(users, hasher, issuer, trail, gate),
    new LogInWithCookie(users, hasher, issuer, trail, gate),
    ...twoFactorUseCases(adapters, issuer),
    new AuthenticateBearer(sessions, tokens, clock, policy),
    new AuthenticateCookie(users, sessions, secrets, clock, policy),
    new RefreshSession(users, sessions, issuer, trail, policy),
    new LogOut(trail),
    new ListMySessions(sessions, clock, policy),
    new RevokeMySession(sessions, trail, policy),
    new RevokeMyOtherSessions(trail),
    new SignInWithIdentity(
      users,
      adapters.identities,
      issuer,
      trail,
      { openRegistration: adapters.identityProviders.openRegistration },
      gate,
    ),
    new LinkIdentity(adapters.identities, trail),
    new ListMyIdentities(adapters.identities),
    new UnlinkIdentity(trail, adapters.otherWaysIn ?? NO_OTHER_WAYS_IN),
  ];
}

function passkeyUseCases(adapters: Adapters) {
  const { users, passkeys, passkeyChallenges: challenges, webAuthn, clock, unitOfWork } = adapters;
  const { secrets, tokens, sessionPolicy: policy, refreshTokenSeal } = adapters;
  const issuer = new SessionIssuer(adapters.sessions, secrets, tokens, refreshTokenSeal, clock, policy);
  const trail = { unitOfWork, clock };
  const verify = passkeyVerification(adapters);
  const assertions = new StartPasskeyAssertion(passkeys, challenges, webAuthn, clock);
  const mfaReaders = { users, challenges: adapters.mfaChallenges, secrets, clock };
  return [
    new StartPasskeyRegistration(users, passkeys, challenges, webAuthn, clock),
    new AddPasskey(challenges, webAuthn, trail, adapters.mailer),
    new ListMyPasskeys(passkeys),
    new RenameMyPasskey(passkeys),
    new RemoveMyPasskey(trail, adapters.signInMethods),
    assertions,
    new StartMfaPasskey(mfaReaders, passkeys, assertions),
    verify,
    new LogInWithPasskey(verify, users, issuer, trail),
  ];
}

/** The composition root: every use case built once by hand and bound by its class; controllers built once (they hold no per-request state). */
export function createContainer(adapters: Adapters): Container {
  const { users, hasher, tokens, mailer, unitOfWork, clock } = adapters;
  const trail = { unitOfWork, clock };
  const { tokenExpireHours } = adapters.emailVerification;
  const verification = new StartEmailVerification({ secrets: adapters.secrets, clock, mailer, tokenExpireHours });
  const container = new Container();
  const useCases = [
    ...sessionUseCases(adapters),
    ...passkeyUseCases(adapters),
    new RequestPasswordReset(users, tokens, mailer, trail),
    new ResetPassword(users, hasher, tokens, trail, mailer),
    new PreviewPasswordReset(users, tokens, mailer),
    new SendTestEmail(mailer, unitOfWork),
    new RegisterUser(users, hasher, trail, verification),
    new CreateUser(users, hasher, mailer, trail, verification),
    new CreateDevUser(users, hasher),
    new UpdateMe(users, mailer, trail, tokens, verification),
    new ChangePassword(users, hasher, trail, mailer),
    new DeleteMe(users, trail),
    new GetUser(users),
    new ListUsers(users),
    new UpdateUser(users, hasher, trail, mailer, tokens, verification),
    new RevertEmail(users, tokens, trail),
    new VerifyEmail(adapters.secrets, trail),
    new SendVerificationEmail(verification, trail),
    new ReadMySecurity(users, adapters.securityFacts),
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
    ...organizationUseCases(adapters, trail),
    // resource-generator: use cases
  ];
  for (const useCase of useCases) {
    container.bind(useCase.constructor as ServiceIdentifier<typeof useCase>).toConstantValue(useCase);
  }
  container.bind(DependencyKeys.mailer).toConstantValue(mailer);
  container.bind(DependencyKeys.readiness).toConstantValue(adapters.readiness);
  container.bind(DependencyKeys.clock).toConstantValue(clock);
  container.bind(DependencyKeys.webSessions).toConstantValue(adapters.webSessions);
  container.bind(DependencyKeys.emailVerificationRequired).toConstantValue(adapters.emailVerification.required);
  container.bind(DependencyKeys.identityProviders).toConstantValue(adapters.identityProviders);
  container.bind(LoginController).toSelf().inSingletonScope();
  container.bind(SessionsController).toSelf().inSingletonScope();
  container.bind(TwoFactorController).toSelf().inSingletonScope();
  container.bind(UsersController).toSelf().inSingletonScope();
  container.bind(ItemsController).toSelf().inSingletonScope();
  container.bind(UtilsController).toSelf().inSingletonScope();
  container.bind(PrivateController).toSelf().inSingletonScope();
  container.bind(AuditEventsController).toSelf().inSingletonScope();
  container.bind(JobsController).toSelf().inSingletonScope();
  container.bind(PreferencesController).toSelf().inSingletonScope();
  container.bind(OrganizationsController).toSelf().inSingletonScope();
  container.bind(InvitationsController).toSelf().inSingletonScope();
  container.bind(PasskeysController).toSelf().inSingletonScope();
  container.bind(AccountSecurityController).toSelf().inSingletonScope();
  container.bind(IdentityProvidersController).toSelf().inSingletonScope();
  // resource-generator: controllers
  return container;
}
