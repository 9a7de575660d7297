const block = /^[^\n]*starter-only:begin[^\n]*\n[\s\S]*?^[^\n]*starter-only:end[^\n]*(\n|$)/gm;

/**
 * The text without its starter-only blocks: lines from one holding `starter-only:begin` to one holding
 * `starter-only:end`, markers included, in whatever comment syntax the file uses.
 */
export const withoutStarterBlocks = (text: string): string => text.replace(block, "");
