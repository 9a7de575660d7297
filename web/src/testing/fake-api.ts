import { vi } from "vitest";

type Handler = (request: Request) => Response | Promise<Response>;

/** A JSON response, as the API sends them. */
export const json = (status: number, body: unknown): Response =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });

/** `GET /session` as the server derives it from who `GET /users/me` would answer for. */
const sessionFromMe =
  (readMe: Handler): Handler =>
  async (request) => {
    const answer = await readMe(request);
    if (answer.status === 401 || answer.status === 403) return json(200, { user: null });
    return answer.ok ? json(200, { user: await answer.json() }) : answer;
  };

/**
 * Stands in for the API at the network edge: answers the SPA's fetches from `routes`, keyed `"GET /api/v1/users/me"`
 * (anything else is a 404), and returns the list of requests made. Unless given, `GET /api/v1/session` answers
 * for whoever `GET /api/v1/users/me` does. test-setup restores the real fetch.
 */
export const serveApi = (given: Record<string, Handler>): Request[] => {
  const readMe = given["GET /api/v1/users/me"];
  const routes =
    readMe && !given["GET /api/v1/session"] ? { ...given, "GET /api/v1/session": sessionFromMe(readMe) } : given;
  const requests: Request[] = [];
  vi.stubGlobal("fetch", async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(new URL(String(input), window.location.origin), init);
    requests.push(request);
    const handler = routes[`${request.method} ${new URL(request.url).pathname}`];
    return handler ? handler(request) : json(404, { detail: "Not Found" });
  });
  return requests;
};

/** A response that never arrives, to look at a page while its data load. */
export const never = (): Promise<Response> => new Promise(() => {});
