import type { DevAccount } from "./dev-accounts.js";

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** The development provider's login page: one button per account, and a way back without signing in. */
export function loginPage(uid: string, accounts: readonly DevAccount[]): string {
  const action = `/interaction/${encodeURIComponent(uid)}`;
  const buttons = accounts
    .map((account) => {
      const state = account.emailVerified ? "verified" : "unverified";
      const label = `${account.name} (${account.email}, ${state})`;
      return `<li><button type="submit" name="account" value="${escapeHtml(account.id)}">Sign in as ${escapeHtml(label)}</button></li>`;
    })
    .join("\n");
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><title>Dev login</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem}ul{list-style:none;padding:0}li{margin:.5rem 0}button{font:inherit;padding:.5rem 1rem;cursor:pointer}</style>
</head>
<body>
<main>
<h1>Dev login</h1>
<p>A development identity provider: pick a test account. It runs only when ENVIRONMENT=local.</p>
<form method="post" action="${action}/login">
<ul>
${buttons}
</ul>
</form>
<form method="post" action="${action}/abort"><button type="submit">Cancel</button></form>
</main>
</body>
</html>`;
}
