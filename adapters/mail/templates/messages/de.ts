import type { EmailMessages } from "./email-messages.js";

const moment = new Intl.DateTimeFormat("de-DE", { dateStyle: "long", timeStyle: "short", timeZone: "UTC" });
const hours = (count: number) => `${count} ${count === 1 ? "Stunde" : "Stunden"}`;

/** German. */
export const de: EmailMessages = {
  common: {
    buttonFallback: "Falls die Schaltfläche nicht funktioniert, kopieren Sie diesen Link in Ihren Browser:",
    noChangeNeeded: "Wenn Sie diese Änderung vorgenommen haben, ist nichts weiter zu tun.",
    moment: (when) => `${moment.format(when)} UTC`,
  },
  passwordReset: {
    subject: (project, email) => `${project} - Passwort-Wiederherstellung für ${email}`,
    heading: "Passwort zurücksetzen",
    preheader: (project, validity) => `Wählen Sie ein neues Passwort für Ihr ${project}-Konto. ${validity}`,
    greeting: (email) => `Hallo ${email},`,
    request: (project) =>
      `wir haben eine Anfrage erhalten, das Passwort Ihres ${project}-Kontos zurückzusetzen. Wählen Sie über die Schaltfläche unten ein neues.`,
    requestText: (project) =>
      `wir haben eine Anfrage erhalten, das Passwort Ihres ${project}-Kontos zurückzusetzen. Öffnen Sie diesen Link, um ein neues zu wählen:`,
    button: "Passwort zurücksetzen",
    validity: (count) => `Dieser Link ist ${hours(count)} gültig.`,
    ignore:
      "Wenn Sie das Zurücksetzen nicht angefordert haben, können Sie diese E-Mail ignorieren: Ihr Passwort bleibt unverändert.",
    footer: (email, project) =>
      `Sie erhalten diese E-Mail, weil für ${email} bei ${project} das Zurücksetzen des Passworts angefordert wurde.`,
  },
  newAccount: {
    subject: (project, email) => `${project} - Neues Konto für ${email}`,
    heading: (project) => `Willkommen bei ${project}`,
    preheader: (project, email) => `Ihr ${project}-Konto ist bereit. Ihr Benutzername ist ${email}.`,
    created: (project) => `Für Sie wurde ein Konto bei ${project} angelegt.`,
    username: "Ihr Benutzername:",
    button: "Zum Dashboard",
    buttonText: "Zum Dashboard:",
    advice:
      "Zu Ihrer Sicherheit enthält diese E-Mail kein Passwort. Um ein eigenes Passwort festzulegen (oder das erhaltene zu ändern), öffnen Sie die Anmeldeseite, wählen \u201ePasswort vergessen?\u201c und folgen dem Link, den wir Ihnen senden.",
    footer: (email, project) =>
      `Sie erhalten diese E-Mail, weil ein Administrator bei ${project} ein Konto für ${email} angelegt hat.`,
  },
  testEmail: {
    subject: (project) => `${project} - Test-E-Mail`,
    title: (project) => `Test-E-Mail - ${project}`,
    heading: "Der E-Mail-Versand funktioniert",
    preheader: (project) => `Der E-Mail-Versand von ${project} funktioniert.`,
    body: (project) =>
      `Dies ist eine Test-E-Mail von ${project}. Wenn Sie sie lesen können, kann der Server E-Mails versenden.`,
    sentTo: "Gesendet an:",
    noAction: "Es ist nichts weiter zu tun.",
    footer: (project, email) =>
      `Sie erhalten diese E-Mail, weil ein Administrator von ${project} eine Test-E-Mail an ${email} gesendet hat.`,
  },
  passwordChanged: {
    subject: (project) => `${project} - Ihr Passwort wurde geändert`,
    heading: "Ihr Passwort wurde geändert",
    what: (project, email, when) => `Das Passwort Ihres ${project}-Kontos ${email} wurde am ${when} geändert.`,
    advice:
      "Wenn Sie das nicht waren, stellen Sie Ihr Konto jetzt wieder her: Fordern Sie das Zurücksetzen des Passworts an und wählen Sie ein neues.",
    button: "Konto wiederherstellen",
    buttonText: "Konto wiederherstellen:",
    footer: (email, project) =>
      `Sie erhalten diese E-Mail, weil das Passwort von ${email} bei ${project} geändert wurde.`,
  },
  emailChanged: {
    subject: (project) => `${project} - Ihre E-Mail-Adresse wurde geändert`,
    heading: "Ihre E-Mail-Adresse wurde geändert",
    what: (project, oldEmail, masked) =>
      `Die E-Mail-Adresse Ihres ${project}-Kontos ${oldEmail} wurde in ${masked} geändert.`,
    advice: (oldEmail) =>
      `Wenn Sie das nicht waren, stellen Sie mit diesem Link innerhalb von 7 Tagen ${oldEmail} wieder her und melden alle Sitzungen ab; setzen Sie danach Ihr Passwort zurück:`,
    button: "Meine E-Mail-Adresse wiederherstellen",
    footer: (oldEmail, project) =>
      `Sie erhalten diese E-Mail, weil ${oldEmail} die Adresse eines Kontos bei ${project} war.`,
  },
};
