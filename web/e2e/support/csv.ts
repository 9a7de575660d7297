import { readFile } from "node:fs/promises";
import type { Download } from "@playwright/test";
import { parse } from "csv-parse/sync";

/** A downloaded CSV file read as one record per row, keyed by the header row's column names. */
export async function readCsvDownload(download: Download): Promise<Record<string, string>[]> {
  const text = await readFile(await download.path(), "utf8");
  return parse(text, { columns: true, skip_empty_lines: true }) as Record<string, string>[];
}
