/**
 * An address with its local part hidden but its first character (`j***@example.com`): enough for the owner to
 * recognise, not enough for whoever reads the old mailbox to learn where the account went.
 */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf("@");
  if (at <= 0) return "***";
  return `${email.slice(0, 1)}***${email.slice(at)}`;
}
