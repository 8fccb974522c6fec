import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

/** Writes dist/carepath.sri.json: the Subresource Integrity hash of each bundle. */
export function sriPlugin(files) {
  return {
    name: 'carepath-sri',
    writeBundle() {
      const hashes = {};
      for (const file of files) {
        const body = readFileSync(`dist/${file}`);
        hashes[file] = `sha384-${createHash('sha384').update(body).digest('base64')}`;
      }
      writeFileSync('dist/carepath.sri.json', `${JSON.stringify(hashes, null, 2)}\n`);
    },
  };
}
