/** Every text of the e-mails, in one language; `{project}` is PROJECT_NAME, `{email}` the recipient's address. */
export interface EmailMessages {
  readonly common: {
    readonly buttonFallback: string;
    readonly noChangeNeeded: string;
    /** A moment as the reader should see it, in UTC. */
    readonly moment: (when: Date) => string;
  };
  readonly passwordReset: {
    readonly subject: (project: string, email: string) => string;
    readonly heading: string;
    readonly preheader: (project: string, validity: string) => string;
    readonly greeting: (email: string) => string;
    readonly request: (project: string) => string;
    readonly requestText: (project: string) => string;
    readonly button: string;
    readonly validity: (hours: number) => string;
    readonly ignore: string;
    readonly footer: (email: string, project: string) => string;
  };
  readonly newAccount: {
    readonly subject: (project: string, email: string) => string;
    readonly heading: (project: string) => string;
    readonly preheader: (project: string, email: string) => string;
    readonly created: (project: string) => string;
    readonly username: string;
    readonly button: string;
    readonly buttonText: string;
    readonly advice: string;
    readonly footer: (email: string, project: string) => string;
  };
  readonly testEmail: {
    readonly subject: (project: string) => string;
    readonly title: (project: string) => string;
    readonly heading: string;
    readonly preheader: (project: string) => string;
    readonly body: (project: string) => string;
    readonly sentTo: string;
    readonly noAction: string;
    readonly footer: (project: string, email: string) => string;
  };
  readonly passwordChanged: {
    readonly subject: (project: string) => string;
    readonly heading: string;
    readonly what: (project: string, email: string, when: string) => string;
    readonly advice: string;
    readonly button: string;
    readonly buttonText: string;
    readonly footer: (email: string, project: string) => string;
  };
  readonly passkeyAdded: {
    readonly subject: (project: string) => string;
    readonly heading: string;
    readonly what: (project: string, email: string, passkey: string, when: string) => string;
    readonly advice: string;
    readonly button: string;
    readonly buttonText: string;
    readonly footer: (email: string, project: string) => string;
  };
  readonly emailChanged: {
    readonly subject: (project: string) => string;
    readonly heading: string;
    readonly what: (project: string, oldEmail: string, masked: string) => string;
    readonly advice: (oldEmail: string) => string;
    readonly button: string;
    readonly footer: (oldEmail: string, project: string) => string;
  };
  readonly verifyEmail: {
    readonly subject: (project: string) => string;
    readonly heading: string;
    readonly greeting: (email: string) => string;
    readonly ask: (project: string, email: string) => string;
    readonly askText: (project: string, email: string) => string;
    readonly button: string;
    readonly validity: (hours: number) => string;
    readonly ignore: string;
    readonly footer: (email: string, project: string) => string;
  };
  readonly twoFactor: {
    readonly changedSubject: (project: string, enabled: boolean) => string;
    readonly changedHeading: (enabled: boolean) => string;
    readonly changedWhat: (project: string, email: string, when: string, enabled: boolean) => string;
    readonly codeUsedSubject: (project: string) => string;
    readonly codeUsedHeading: string;
    readonly codeUsedWhat: (project: string, email: string, when: string) => string;
    readonly codesLeft: (count: number) => string;
    readonly advice: string;
    readonly button: string;
    readonly buttonText: string;
    readonly footer: (email: string, project: string) => string;
  };
  readonly invitation: {
    readonly subject: (project: string, organization: string) => string;
    readonly title: (project: string, organization: string) => string;
    readonly heading: (organization: string) => string;
    readonly what: (inviter: string, organization: string, project: string, role: string) => string;
    readonly how: (email: string, days: number) => string;
    readonly roles: { readonly owner: string; readonly admin: string; readonly member: string };
    readonly button: string;
    readonly ignore: string;
    readonly footer: (inviterEmail: string, email: string, project: string) => string;
  };
}
