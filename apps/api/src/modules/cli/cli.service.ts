import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CliBundleSource } from './cli-bundle.source';
import { CliDownloadError, CliErrorCode } from './cli.errors';

export interface CliBundle {
  body: Buffer;
  /** Strong ETag: the bundle's sha256, so a pipeline's cached copy is revalidated byte for byte. */
  etag: string;
}

/** Serves the single-file lvsctl; read once per build of it (size and mtime), hashed once. */
@Injectable()
export class CliService {
  private cached?: { stamp: string; bundle: CliBundle };

  constructor(private readonly source: CliBundleSource) {}

  async bundle(): Promise<CliBundle> {
    const stamp = await this.source.stamp();
    if (stamp === null) {
      throw new CliDownloadError(
        CliErrorCode.NotBuilt,
        'lvsctl is not built on this server: run `npx nx run @lvs/cli:build` (the Docker image builds it).',
      );
    }
    if (this.cached?.stamp !== stamp) {
      const body = await this.source.read();
      this.cached = { stamp, bundle: { body, etag: `"sha256-${createHash('sha256').update(body).digest('base64url')}"` } };
    }
    return this.cached.bundle;
  }

  /** If-None-Match names the current bundle (a list, `*`, or a weak form of it). */
  static matches(ifNoneMatch: string | undefined, etag: string): boolean {
    if (!ifNoneMatch) return false;
    return ifNoneMatch
      .split(',')
      .map((t) => t.trim().replace(/^W\//, ''))
      .some((t) => t === '*' || t === etag);
  }
}
