/** One e-mail ready to send: its subject line and the same message as HTML and as plain text. */
export interface RenderedEmail {
  readonly subject: string;
  readonly html: string;
  readonly text: string;
}
