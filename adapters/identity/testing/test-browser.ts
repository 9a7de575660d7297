/**
 * A browser for tests of redirect flows: keeps cookies per host (paths and domains ignored, which the app and the
 * development provider do not need) and follows no redirect by itself, so each hop can be looked at.
 */
export class TestBrowser {
  private readonly jars = new Map<string, Map<string, string>>();

  async request(url: string, options: { form?: Record<string, string>; headers?: Record<string, string> } = {}) {
    const target = new URL(url);
    const headers: Record<string, string> = { ...options.headers };
    const cookies = this.cookieHeader(target.host);
    if (cookies) headers.cookie = cookies;
    const response = await fetch(target, {
      method: options.form ? "POST" : "GET",
      headers,
      body: options.form ? new URLSearchParams(options.form) : undefined,
      redirect: "manual",
    });
    this.remember(target.host, response.headers.getSetCookie());
    await response.arrayBuffer();
    const location = response.headers.get("location");
    return { status: response.status, location: location ? new URL(location, target).href : null, response };
  }

  cookie(host: string, name: string): string | null {
    return this.jars.get(host)?.get(name) ?? null;
  }

  setCookie(host: string, name: string, value: string): void {
    this.jarOf(host).set(name, value);
  }

  private cookieHeader(host: string): string {
    return [...(this.jars.get(host) ?? new Map()).entries()].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  private jarOf(host: string): Map<string, string> {
    let jar = this.jars.get(host);
    if (!jar) {
      jar = new Map();
      this.jars.set(host, jar);
    }
    return jar;
  }

  private remember(host: string, setCookies: string[]): void {
    const jar = this.jarOf(host);
    for (const line of setCookies) {
      const [pair = "", ...attributes] = line.split(";").map((part) => part.trim());
      const split = pair.indexOf("=");
      const name = pair.slice(0, split);
      const value = pair.slice(split + 1);
      const gone =
        value === "" ||
        attributes.some((attribute) => /^max-age=0$/i.test(attribute)) ||
        attributes.some((attribute) => /^expires=/i.test(attribute) && Date.parse(attribute.slice(8)) < Date.now());
      if (gone) jar.delete(name);
      else jar.set(name, value);
    }
  }
}

/**
 * Goes from `startUrl` (the app's start of a sign-in or link) through the development provider's login page as
 * `account`, and gives the URL the provider sends the browser back to (the app's callback, not yet requested).
 */
export async function throughDevLogin(browser: TestBrowser, startUrl: string, account: string): Promise<string> {
  const started = await browser.request(startUrl);
  if (started.status !== 302 || !started.location) throw new Error(`start answered ${started.status}`);
  let hop = await browser.request(started.location);
  const interaction = hop.location;
  if (!interaction?.includes("/interaction/")) throw new Error(`provider answered ${hop.status} ${hop.location}`);
  const page = await browser.request(interaction);
  if (page.status !== 200) throw new Error(`login page answered ${page.status}`);
  hop = await browser.request(`${interaction}/login`, { form: { account } });
  for (let hops = 0; hop.location && !hop.location.includes("/callback?") && hops < 5; hops += 1) {
    hop = await browser.request(hop.location);
  }
  if (!hop.location?.includes("/callback?")) throw new Error(`provider ended at ${hop.status} ${hop.location}`);
  return hop.location;
}
