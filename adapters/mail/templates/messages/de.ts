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
  passkeyAdded: {
    subject: (project) => `${project} - Ihrem Konto wurde ein Passkey hinzugefügt`,
    heading: "Ein Passkey wurde hinzugefügt",
    what: (project, email, passkey, when) =>
      `Ihrem ${project}-Konto ${email} wurde am ${when} ein Passkey namens „${passkey}" hinzugefügt. Er kann sich jetzt bei Ihrem Konto anmelden.`,
    advice:
      "Wenn Sie das nicht waren, entfernen Sie den Passkey in Ihren Sicherheitseinstellungen und ändern Sie Ihr Passwort.",
    button: "Passkeys ansehen",
    buttonText: "Passkeys ansehen:",
    footer: (email, project) =>
      `Sie erhalten diese E-Mail, weil ${email} bei ${project} ein Passkey hinzugefügt wurde.`,
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
  verifyEmail: {
    subject: (project) => `${project} - Bestätigen Sie Ihre E-Mail-Adresse`,
    heading: "Bestätigen Sie Ihre E-Mail-Adresse",
    greeting: (email) => `Hallo ${email},`,
    ask: (project, email) => `bitte bestätigen Sie, dass ${email} die E-Mail-Adresse Ihres ${project}-Kontos ist.`,
    askText: (project, email) =>
      `bitte bestätigen Sie, dass ${email} die E-Mail-Adresse Ihres ${project}-Kontos ist. Öffnen Sie dazu diesen Link:`,
    button: "E-Mail-Adresse bestätigen",
    validity: (count) =>
      `Dieser Link funktioniert einmal und ist ${hours(count)} gültig; ein neuerer Link ersetzt ihn.`,
    ignore: "Wenn Sie kein Konto angelegt und keine Adresse geändert haben, können Sie diese E-Mail ignorieren.",
    footer: (email, project) =>
      `Sie erhalten diese E-Mail, weil ${email} als Adresse eines Kontos bei ${project} angegeben wurde.`,
  },
  twoFactor: {
    changedSubject: (project, enabled) =>
      `${project} - Zwei-Faktor-Authentifizierung ${enabled ? "eingeschaltet" : "ausgeschaltet"}`,
    changedHeading: (enabled) =>
      `Die Zwei-Faktor-Authentifizierung wurde ${enabled ? "eingeschaltet" : "ausgeschaltet"}`,
    changedWhat: (project, email, when, enabled) =>
      `Die Zwei-Faktor-Authentifizierung Ihres ${project}-Kontos ${email} wurde am ${when} ${enabled ? "eingeschaltet" : "ausgeschaltet"}.`,
    codeUsedSubject: (project) => `${project} - Ein Wiederherstellungscode wurde verwendet`,
    codeUsedHeading: "Ein Wiederherstellungscode wurde verwendet",
    codeUsedWhat: (project, email, when) =>
      `Mit einem Wiederherstellungscode wurde am ${when} eine Anmeldung bei Ihrem ${project}-Konto ${email} abgeschlossen.`,
    codesLeft: (count) =>
      `Sie haben noch ${count} ${count === 1 ? "unbenutzten Wiederherstellungscode" : "unbenutzte Wiederherstellungscodes"}; neue erstellen Sie in den Einstellungen.`,
    advice:
      "Wenn Sie das nicht waren, stellen Sie Ihr Konto jetzt wieder her: Fordern Sie das Zurücksetzen des Passworts an und wählen Sie ein neues.",
    button: "Konto wiederherstellen",
    buttonText: "Konto wiederherstellen:",
    footer: (email, project) =>
      `Sie erhalten diese E-Mail, weil sich die Anmeldeeinstellungen von ${email} bei ${project} geändert haben.`,
  },
  invitation: {
    subject: (project, organization) => `${project} - Einladung zu ${organization}`,
    title: (project, organization) => `Einladung zu ${organization} - ${project}`,
    heading: (organization) => `Treten Sie ${organization} bei`,
    what: (inviter, organization, project, role) =>
      `${inviter} hat Sie eingeladen, der Organisation ${organization} bei ${project} als ${role} beizutreten.`,
    how: (email, days) =>
      `Melden Sie sich mit ${email} an oder registrieren Sie sich und nehmen Sie die Einladung innerhalb von ${days} Tagen an:`,
    roles: { owner: "Inhaber", admin: "Administrator", member: "Mitglied" },
    button: "Einladung annehmen",
    ignore: "Wenn Sie diese Einladung nicht erwartet haben, können Sie diese E-Mail ignorieren.",
    footer: (inviterEmail, email, project) =>
      `Sie erhalten diese E-Mail, weil ${inviterEmail} ${email} bei ${project} eingeladen hat.`,
  },
};
