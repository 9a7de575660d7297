import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import type { Plugin } from "vite";

const COMPRESSIBLE = /\.(js|css|html|svg|json)$/;
const MIN_BYTES = 1024;

/**
 * Writes a brotli (`.br`) and a gzip (`.gz`) copy beside every text file of the build, at the strongest settings: the
 * API's static files send the copy the browser accepts (adapters/http/spa), so no request pays for compression and
 * the files are smaller than compression on the fly makes them.
 */
export const precompress = (): Plugin => ({
  name: "aygentic:precompress",
  apply: "build",
  writeBundle(options, bundle) {
    const dir = options.dir;
    if (!dir) return;
    for (const fileName of Object.keys(bundle)) {
      if (!COMPRESSIBLE.test(fileName)) continue;
      const path = join(dir, fileName);
      const content = readFileSync(path);
      if (content.length < MIN_BYTES) continue;
      const brotli = brotliCompressSync(content, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
        },
      });
      if (brotli.length < content.length) writeFileSync(`${path}.br`, brotli);
      const gzip = gzipSync(content, { level: 9 });
      if (gzip.length < content.length) writeFileSync(`${path}.gz`, gzip);
    }
  },
});
