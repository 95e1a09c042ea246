import { stat, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Injectable } from '@nestjs/common';

/**
 * Where the built `lvsctl` lives: apps/cli/dist/lvsctl.mjs, found from this file (the same depth
 * under apps/api in src/ and in dist/). The filesystem sits behind this adapter so the service's
 * caching and ETag logic is tested without it.
 */
@Injectable()
export class CliBundleSource {
  readonly path = join(__dirname, '..', '..', '..', '..', 'cli', 'dist', 'lvsctl.mjs');

  /** The file's size and mtime (to tell a rebuilt bundle), or null when it has not been built. */
  async stamp(): Promise<string | null> {
    try {
      const s = await stat(this.path);
      return `${s.size}:${s.mtimeMs}`;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
  }

  read(): Promise<Buffer> {
    return readFile(this.path);
  }
}
