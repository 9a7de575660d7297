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
};
