/** Every spelling of a resource's name the generated files use, derived from its singular PascalCase name. */
export interface ResourceNames {
  /** `WorkOrder` */
  readonly Entity: string;
  /** `workOrder` */
  readonly entity: string;
  /** `WorkOrders` */
  readonly Plural: string;
  /** `workOrders` */
  readonly plural: string;
  /** `work-order`: file names */
  readonly kebab: string;
  /** `work-orders`: folder names */
  readonly pluralKebab: string;
  /** `work_order`: the table and the error codes */
  readonly snake: string;
  /** `work-orders`: the path under /api/v1/ and in the SPA */
  readonly route: string;
  /** `work order`: words in sentences */
  readonly words: string;
  /** `work orders` */
  readonly pluralWords: string;
  /** `a` (`an` before a vowel): the article before `words` */
  readonly article: string;
}

const PASCAL = /^[A-Z][a-z0-9]*(?:[A-Z][a-z0-9]*)*$/;
const ROUTE = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** The words of a camelCase or PascalCase name: `WorkOrder` → ["work", "order"]. */
export const wordsOf = (name: string): string[] => name.split(/(?=[A-Z])/).map((word) => word.toLowerCase());

/** The English plural of a lower-case word: category → categories, box → boxes, project → projects. */
export function pluralize(word: string): string {
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/.test(word)) return `${word}es`;
  return `${word}s`;
}

const pascal = (words: readonly string[]) => words.map((word) => word[0]?.toUpperCase() + word.slice(1)).join("");
const camel = (words: readonly string[]) => {
  const name = pascal(words);
  return (name[0]?.toLowerCase() ?? "") + name.slice(1);
};

export interface NamingOptions {
  /** The plural in PascalCase (`People`); default: the last word pluralized. */
  readonly plural?: string;
  /** The URL path segment (`team-members`); default: the plural in kebab-case. */
  readonly route?: string;
}

/** The names of a resource, or an error saying which input is not usable. */
export function resourceNames(name: string, options: NamingOptions = {}): ResourceNames {
  if (!PASCAL.test(name))
    throw new Error(`The resource name must be singular PascalCase (Project, WorkOrder): ${name}`);
  const words = wordsOf(name);
  const pluralWordList =
    options.plural === undefined ? [...words.slice(0, -1), pluralize(words.at(-1) ?? "")] : pluralWords(options.plural);
  const pluralKebab = pluralWordList.join("-");
  if (pluralKebab === words.join("-")) throw new Error(`The plural of ${name} must differ from it`);
  const route = options.route ?? pluralKebab;
  if (!ROUTE.test(route)) throw new Error(`The route must be lower-case kebab-case (work-orders): ${route}`);
  return {
    Entity: name,
    entity: camel(words),
    Plural: pascal(pluralWordList),
    plural: camel(pluralWordList),
    kebab: words.join("-"),
    pluralKebab,
    snake: words.join("_"),
    route,
    words: words.join(" "),
    pluralWords: pluralWordList.join(" "),
    article: /^[aeiou]/.test(words[0] ?? "") ? "an" : "a",
  };
}

function pluralWords(plural: string): string[] {
  if (!PASCAL.test(plural)) throw new Error(`The plural must be PascalCase (People, WorkOrders): ${plural}`);
  return wordsOf(plural);
}

/** `Work order` from `work order`: a sentence's first word. */
export const capitalized = (text: string): string => (text[0]?.toUpperCase() ?? "") + text.slice(1);
