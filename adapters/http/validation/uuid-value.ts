/** Why a string is not a UUID, worded like pydantic's uuid_parsing error. */
export class UuidSyntaxError extends Error {}

const groupLengths = [8, 4, 4, 4, 12];

/** The canonical (lower-case, hyphenated) UUID, or a UuidSyntaxError with pydantic's reason. */
export function normalizeUuid(input: string): string {
  const chars = [...input];
  const badIndex = chars.findIndex((char) => !/[0-9a-fA-F-]/.test(char));
  if (badIndex >= 0) {
    throw new UuidSyntaxError(
      `invalid character: expected an optional prefix of \`urn:uuid:\` followed by [0-9a-fA-F-], found \`${chars[badIndex]}\` at ${badIndex + 1}`,
    );
  }
  const text = input.toLowerCase();
  if (!text.includes("-")) {
    if (text.length !== 32)
      throw new UuidSyntaxError(`invalid length: expected length 32 for simple format, found ${text.length}`);
    return [0, 8, 12, 16, 20].map((start, index) => text.slice(start, start + (groupLengths[index] ?? 0))).join("-");
  }
  const groups = text.split("-");
  if (groups.length !== 5) throw new UuidSyntaxError(`invalid group count: expected 5, found ${groups.length}`);
  groups.forEach((group, index) => {
    if (group.length !== groupLengths[index]) {
      throw new UuidSyntaxError(
        `invalid group length in group ${index}: expected ${groupLengths[index]}, found ${group.length}`,
      );
    }
  });
  return text;
}
