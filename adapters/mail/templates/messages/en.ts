import type { EmailMessages } from "./email-messages.js";

const utc = (when: Date) => `${when.toISOString().slice(0, 16).replace("T", " ")} UTC`;
const hours = (count: number) => `${count} ${count === 1 ? "hour" : "hours"}`;

/** English, the default: the texts the reference's clients and tests know. */
export const en: EmailMessages = {
  common: {
    buttonFallback: "If the button does not work, copy this link into your browser:",
    noChangeNeeded: "If you made this change, no action is needed.",
    moment: utc,
  },
  passwordReset: {
    subject: (project, email) => `${project} - Password recovery for user ${email}`,
    heading: "Reset your password",
    preheader: (project, validity) => `Choose a new password for your ${project} account. ${validity}`,
    greeting: (email) => `Hello ${email},`,
    request: (project) =>
      `We received a request to reset the password of your ${project} account. Use the button below to choose a new one.`,
    requestText: (project) =>
      `We received a request to reset the password of your ${project} account. Open this link to choose a new one:`,
    button: "Reset password",
    validity: (count) => `This link is valid for ${hours(count)}.`,
    ignore: "If you did not ask to reset your password, you can ignore this e-mail: your password will not change.",
    footer: (email, project) =>
      `You received this e-mail because a password reset was requested for ${email} on ${project}.`,
  },
  newAccount: {
    subject: (project, email) => `${project} - New account for user ${email}`,
    heading: (project) => `Welcome to ${project}`,
    preheader: (project, email) => `Your ${project} account is ready. Your username is ${email}.`,
    created: (project) => `An account has been created for you on ${project}.`,
    username: "Your username:",
    button: "Go to Dashboard",
    buttonText: "Go to the dashboard:",
    advice:
      "For your security this e-mail contains no password. To set your own password (or change the one you were given), open the log-in page, choose \u201cForgot your password?\u201d and follow the link we send you.",
    footer: (email, project) =>
      `You received this e-mail because an administrator created an account for ${email} on ${project}.`,
  },
  testEmail: {
    subject: (project) => `${project} - Test email`,
    title: (project) => `Test email - ${project}`,
    heading: "E-mail delivery works",
    preheader: (project) => `E-mail delivery from ${project} works.`,
    body: (project) => `This is a test e-mail from ${project}. If you can read it, the server is able to send e-mail.`,
    sentTo: "Sent to:",
    noAction: "No action is needed.",
    footer: (project, email) =>
      `You received this e-mail because an administrator of ${project} sent a test e-mail to ${email}.`,
  },
  passwordChanged: {
    subject: (project) => `${project} - Your password was changed`,
    heading: "Your password was changed",
    what: (project, email, when) => `The password of your ${project} account ${email} was changed on ${when}.`,
    advice: "If this was not you, recover your account now: request a password reset and choose a new password.",
    button: "Recover your account",
    buttonText: "Recover your account:",
    footer: (email, project) => `You received this e-mail because the password of ${email} on ${project} changed.`,
  },
  passkeyAdded: {
    subject: (project) => `${project} - A passkey was added to your account`,
    heading: "A passkey was added",
    what: (project, email, passkey, when) =>
      `A passkey named "${passkey}" was added to your ${project} account ${email} on ${when}. It can now sign in to your account.`,
    advice: "If this was not you, remove the passkey in your security settings and change your password.",
    button: "Review your passkeys",
    buttonText: "Review your passkeys:",
    footer: (email, project) => `You received this e-mail because a passkey was added to ${email} on ${project}.`,
  },
  emailChanged: {
    subject: (project) => `${project} - Your email address was changed`,
    heading: "Your email address was changed",
    what: (project, oldEmail, masked) =>
      `The e-mail address of your ${project} account ${oldEmail} was changed to ${masked}.`,
    advice: (oldEmail) =>
      `If this was not you, use this link within 7 days to put ${oldEmail} back and sign out every session, then reset your password:`,
    button: "Restore my email address",
    footer: (oldEmail, project) =>
      `You received this e-mail because ${oldEmail} was the address of an account on ${project}.`,
  },
  verifyEmail: {
    subject: (project) => `${project} - Verify your email`,
    heading: "Verify your email",
    greeting: (email) => `Hello ${email},`,
    ask: (project, email) => `Please confirm that ${email} is the e-mail address of your ${project} account.`,
    askText: (project, email) =>
      `Please confirm that ${email} is the e-mail address of your ${project} account. Open this link to confirm it:`,
    button: "Verify email",
    validity: (count) => `This link works once and is valid for ${hours(count)}; a newer link replaces it.`,
    ignore: "If you did not create an account or change its address, you can ignore this e-mail.",
    footer: (email, project) =>
      `You received this e-mail because ${email} was given as the address of an account on ${project}.`,
  },
  twoFactor: {
    changedSubject: (project, enabled) =>
      `${project} - Two-factor authentication ${enabled ? "turned on" : "turned off"}`,
    changedHeading: (enabled) => `Two-factor authentication was ${enabled ? "turned on" : "turned off"}`,
    changedWhat: (project, email, when, enabled) =>
      `Two-factor authentication for your ${project} account ${email} was ${enabled ? "turned on" : "turned off"} on ${when}.`,
    codeUsedSubject: (project) => `${project} - A recovery code was used`,
    codeUsedHeading: "A recovery code was used",
    codeUsedWhat: (project, email, when) =>
      `A recovery code was used to sign in to your ${project} account ${email} on ${when}.`,
    codesLeft: (count) =>
      `You have ${count} unused recovery ${count === 1 ? "code" : "codes"} left; you can make new ones in Settings.`,
    advice: "If this was not you, recover your account now: request a password reset and choose a new password.",
    button: "Recover your account",
    buttonText: "Recover your account:",
    footer: (email, project) =>
      `You received this e-mail because the sign-in settings of ${email} on ${project} changed.`,
  },
  invitation: {
    subject: (project, organization) => `${project} - Invitation to join ${organization}`,
    title: (project, organization) => `Invitation to ${organization} - ${project}`,
    heading: (organization) => `Join ${organization}`,
    what: (inviter, organization, project, role) =>
      `${inviter} invited you to join the organization ${organization} on ${project} as ${role}.`,
    how: (email, days) => `Sign in or sign up with ${email} and accept the invitation within ${days} days:`,
    roles: { owner: "owner", admin: "admin", member: "member" },
    button: "Accept invitation",
    ignore: "If you did not expect this invitation, you can ignore this e-mail.",
    footer: (inviterEmail, email, project) =>
      `You received this e-mail because ${inviterEmail} invited ${email} on ${project}.`,
  },
};
