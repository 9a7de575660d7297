/** The front-end page where a password-reset token is redeemed: `{frontendHost}/reset-password?token={token}`. */
export function resetLink(frontendHost: string, token: string): string {
  return `${frontendHost.replace(/\/+$/, "")}/reset-password?token=${token}`;
}

/** The front-end page where an invitation is accepted: `{frontendHost}/invitations/accept?token={token}`. */
export function invitationLink(frontendHost: string, token: string): string {
  return `${frontendHost.replace(/\/+$/, "")}/invitations/accept?token=${token}`;
}

/** The front-end page where an e-mail change is undone: `{frontendHost}/revert-email?token={token}`. */
export function revertEmailLink(frontendHost: string, token: string): string {
  return `${frontendHost.replace(/\/+$/, "")}/revert-email?token=${token}`;
}

/** The front-end page where an address is proved: `{frontendHost}/verify-email?token={token}`. */
export function verifyEmailLink(frontendHost: string, token: string): string {
  return `${frontendHost.replace(/\/+$/, "")}/verify-email?token=${token}`;
}
