/**
 * A refresh token is `<session id>.<secret>`. Naming the session lets a spent token be recognised as such, however
 * many rotations ago it was spent: its session is found, its secret no longer matches, and the session is revoked.
 */
export const RefreshToken = {
  format: (sessionId: string, secret: string): string => `${sessionId}.${secret}`,

  parse(token: string): { sessionId: string; secret: string } | null {
    const dot = token.indexOf(".");
    if (dot <= 0 || dot === token.length - 1) return null;
    return { sessionId: token.slice(0, dot), secret: token.slice(dot + 1) };
  },
};
