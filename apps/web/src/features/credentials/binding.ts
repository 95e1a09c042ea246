/**
 * The binding field of the credential forms: one address or network per line (commas and spaces
 * also separate). The API validates each entry (address-binding.ts) and answers
 * `body.allowedAddresses.N`; `lineOfError` maps that back to the line the admin typed.
 */
export function parseBindingText(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function bindingText(entries: readonly string[]): string {
  return entries.join('\n');
}

/** `body.allowedAddresses.2` with entries [a, b, c] → `c: <message>`; other paths → null. */
export function bindingErrors(entries: readonly string[], errors: readonly { path: string; message: string }[]): string[] {
  return errors.flatMap((e) => {
    const m = /^body\.allowedAddresses(?:\.(\d+))?$/.exec(e.path);
    if (!m) return [];
    return [m[1] === undefined ? e.message : `${entries[Number(m[1])] ?? `entry ${Number(m[1]) + 1}`}: ${e.message}`];
  });
}
