import { vi } from "vitest";

type Handler = (request: Request) => Response | Promise<Response>;

/** A JSON response, as the API sends them. */
export const json = (status: number, body: unknown): Response =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });

/**
 * Stands in for the API at the network edge: answers the SPA's fetches from `routes`, keyed `"GET /api/v1/users/me"`
 * (anything else is a 404), and returns the list of requests made. test-setup restores the real fetch.
 */
export const serveApi = (routes: Record<string, Handler>): Request[] => {
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
