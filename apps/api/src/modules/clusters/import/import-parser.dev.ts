import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import type * as Swc from '@swc/core';

/**
 * The worker entry when the API runs from its TypeScript sources (vitest). Node 20 cannot load .ts
 * and @swc/core, a native addon, crashes the process when a second worker thread loads it, so the
 * worker and everything it imports is compiled here, once per process in the main thread, with the
 * compiler the build uses, to plain CommonJS under node_modules/.cache (where zod and the other
 * packages resolve); @lvs/* imports point at the compiled workspace sources. The built API never
 * calls this: it starts the swc-compiled import-parser.worker.js from dist.
 */
let compiled: string | undefined;

export function devWorkerEntry(entryTs: string): string {
  if (compiled) return compiled;
  let root = dirname(entryTs);
  while (!existsSync(join(root, 'libs')) && dirname(root) !== root) root = dirname(root);
  const cache = join(root, 'node_modules', '.cache', 'lvs-import-worker');
  const out = join(cache, String(process.pid));
  // Test processes are often killed rather than exit: the copies of processes gone are removed here.
  for (const pid of existsSync(cache) ? readdirSync(cache) : [])
    if (!alive(Number(pid))) rmSync(join(cache, pid), { recursive: true, force: true });
  process.once('exit', () => rmSync(out, { recursive: true, force: true }));
  const swc = createRequire(__filename)('@swc/core') as typeof Swc;
  const target = (src: string) => join(out, relative(root, src)).replace(/\.ts$/, '.js');
  const sourceOf = (from: string, spec: string): string | undefined => {
    const lvs = /^@lvs\/([^/]+)(?:\/(.+))?$/.exec(spec);
    const base = lvs
      ? join(root, lvs[1] === 'migrations' ? 'migrations' : join('libs', lvs[1]), 'src', lvs[2] ?? 'index')
      : spec.startsWith('.')
        ? resolve(dirname(from), spec)
        : undefined;
    if (base === undefined) return undefined;
    return [`${base}.ts`, join(base, 'index.ts')].find((f) => existsSync(f));
  };
  const done = new Set<string>();
  const todo = [entryTs];
  while (todo.length) {
    const src = todo.pop()!;
    if (done.has(src)) continue;
    done.add(src);
    let { code } = swc.transformSync(readFileSync(src, 'utf8'), {
      filename: src,
      jsc: {
        target: 'es2022',
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
        keepClassNames: true,
      },
      module: { type: 'commonjs', strict: true },
    });
    code = code.replace(/require\("([^"]+)"\)/g, (whole, spec: string) => {
      const dep = sourceOf(src, spec);
      if (!dep) return whole;
      todo.push(dep);
      const rel = relative(dirname(target(src)), target(dep)).replace(/\\/g, '/');
      return `require(${JSON.stringify(rel.startsWith('.') ? rel : `./${rel}`)})`;
    });
    mkdirSync(dirname(target(src)), { recursive: true });
    writeFileSync(target(src), code);
  }
  compiled = target(entryTs);
  return compiled;
}

function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
