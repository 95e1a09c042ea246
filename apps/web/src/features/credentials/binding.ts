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

/** Messages of the binding's errors, each naming the entry it is about; errors of other fields are left out. */
export function bindingErrors(entries: readonly string[], errors: readonly { path: string; message: string }[]): string[] {
  return errors.flatMap((e) => {
    const m = /^body\.allowedAddresses(?:\.(\d+))?$/.exec(e.path);
    if (!m) return [];
    if (m[1] === undefined) return [e.message];
    const entry = entries[Number(m[1])] ?? `entry ${Number(m[1]) + 1}`;
    // the API's messages quote the entry already ("lb1" must be …); others get it in front
    return [e.message.includes(`"${entry}"`) ? e.message : `${entry}: ${e.message}`];
  });
}
