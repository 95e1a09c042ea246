import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { CliError, ExitCode } from './exit-codes';

const GLOB = /[*?[]/;

/** A glob of one path segment (`*`, `?`, `[…]`, `[!…]`) as a regular expression. */
function segmentMatcher(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i];
    if (ch === '*') re += '[^/]*';
    else if (ch === '?') re += '[^/]';
    else if (ch === '[') {
      const end = glob.indexOf(']', i + 1);
      if (end < 0) re += '\\[';
      else {
        const body = glob
          .slice(i + 1, end)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\');
        re += `[${body}]`;
        i = end;
      }
    } else re += ch.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/**
 * Where an `include` path as written is found next to the director's keepalived.conf copy: a
 * relative path from the copy's directory; an absolute one at that path if it exists here, else by
 * its shorter and shorter tails under the copy's directory (`/etc/keepalived/conf.d/*.conf` →
 * `conf.d/*.conf`, then `*.conf`), as a copy of a director's /etc/keepalived is usually laid out.
 */
function localDirs(confDir: string, writtenDir: string): string[] {
  if (!isAbsolute(writtenDir)) return [join(confDir, writtenDir)];
  const parts = writtenDir.split('/').filter(Boolean);
  return [writtenDir, ...parts.map((_, i) => join(confDir, ...parts.slice(i + 1)))];
}

/**
 * The files a keepalived.conf's `include` lines name (and theirs, nested), read from beside it,
 * keyed by the path as the include wrote it (a glob expands to one key per matched file), as
 * `POST /clusters/import` takes them. Includes not found are left out: the import warns about them.
 */
export function collectIncludes(confPath: string, confText: string): Record<string, string> {
  const confDir = dirname(confPath);
  const files: Record<string, string> = {};
  const queue = [confText];
  while (queue.length) {
    const text = queue.shift()!;
    for (const line of text.split('\n')) {
      const m = /^\s*include\s+(\S+)/.exec(line.replace(/[#!].*$/, ''));
      if (!m) continue;
      const written = m[1].replace(/^"(.*)"$/, '$1');
      const writtenDir = dirname(written);
      const base = written.slice(writtenDir.length + 1) || written;
      for (const dir of localDirs(confDir, writtenDir)) {
        if (!existsSync(dir) || !statSync(dir).isDirectory()) continue;
        const names = GLOB.test(base)
          ? readdirSync(dir)
              .filter((n) => segmentMatcher(base).test(n))
              .sort()
          : existsSync(join(dir, base))
            ? [base]
            : [];
        if (!names.length) continue;
        for (const n of names) {
          const key = writtenDir === '.' && !written.startsWith('./') ? n : `${writtenDir}/${n}`;
          if (Object.hasOwn(files, key)) continue;
          const t = readFileSync(join(dir, n), 'utf8');
          files[key] = t;
          queue.push(t);
          if (Object.keys(files).length > 1000) throw new CliError(`${confPath}: more than 1000 included files`, ExitCode.Invalid);
        }
        break;
      }
    }
  }
  return files;
}
