import { toSnake } from "./slug.js";

export interface ProjectIdentity {
  readonly name: string;
  readonly slug: string;
}

const starterWords = /Aygentic Starter|aygentic-starter|aygentic_starter|Aygentic|aygentic/g;

/** The text with every spelling of the starter's name replaced by the project's (title, package, identifiers). */
export function replaceIdentity(text: string, { name, slug }: ProjectIdentity): string {
  return text.replace(starterWords, (word, offset: number) => {
    if (word.startsWith("Aygentic")) return name;
    if (word === "aygentic-starter") return slug;
    const identifier = word === "aygentic_starter" || text[offset + word.length] === "_";
    return identifier ? toSnake(slug) : slug;
  });
}

/** Whether the text still names the starter (case-insensitively). */
export const mentionsStarter = (text: string): boolean => /aygentic/i.test(text);
