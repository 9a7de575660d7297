/** Brand name shown in titles, the logo and the footer. */
export const PROJECT_NAME: string = import.meta.env.VITE_PROJECT_NAME || "Aygentic Starter";

/** Base URL of the API; empty means the same origin as the SPA. */
export const API_URL: string = (import.meta.env.VITE_API_URL ?? "").replace(/\/$/, "");
