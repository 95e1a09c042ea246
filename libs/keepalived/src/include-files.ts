/**
 * The text an `include` line names, from files given by path as written: an exact key, or every key
 * a glob (`*`, `?`, `[…]`, `[!…]`) matches, sorted and concatenated as keepalived reads them.
 * Undefined when nothing matches (the import then warns that the include was not followed).
 */
export function resolveIncludeFrom(files: Record<string, string> | undefined, path: string): string | undefined {
  if (!files) return undefined;
  if (Object.hasOwn(files, path)) return files[path];
  if (!/[*?[]/.test(path)) return undefined;
  let re: RegExp;
  try {
    re = new RegExp(`^${path.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]').replace(/\[!/g, '[^')}$`);
  } catch {
    return undefined; // an unbalanced "[": keepalived would not match it either
  }
  const hits = Object.keys(files)
    .filter((k) => re.test(k))
    .sort();
  return hits.length ? hits.map((k) => files[k]).join('\n') : undefined;
}
