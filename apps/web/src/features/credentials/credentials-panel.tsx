'use client';
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { api, ApiError, type Me } from '../../lib/api';
import { bindingErrors, bindingText, parseBindingText } from './binding';

export interface Credential {
  id: string;
  name: string;
  kind: 'private_key' | 'password';
  publicKeyFingerprint: string | null;
  allowedAddresses: string[];
  createdAt: string;
}

const BINDING_HINT =
  'One address or network per line (192.0.2.10, 10.213.0.0/24, 2001:db8::/64). The console sends the credential to no other address; empty = nowhere.';

function problemText(e: unknown): string {
  return e instanceof ApiError ? e.problem.detail : String(e);
}

/** An admin's editor of one credential's binding (PATCH /credentials/:id). */
function BindingEditor({ credential, onSaved }: { credential: Credential; onSaved: (c: Credential) => void }) {
  const [text, setText] = useState(bindingText(credential.allowedAddresses));
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const id = `binding-${credential.id}`;
  async function save(ev: FormEvent) {
    ev.preventDefault();
    const entries = parseBindingText(text);
    setBusy(true);
    setErrors([]);
    try {
      const r = await api<Credential>('PATCH', `/credentials/${credential.id}`, { allowedAddresses: entries });
      setText(bindingText(r.data.allowedAddresses)); // canonical, as stored
      onSaved(r.data);
    } catch (e) {
      const fields = e instanceof ApiError ? bindingErrors(entries, e.problem.errors) : [];
      setErrors(fields.length ? fields : [problemText(e)]);
    } finally {
      setBusy(false);
    }
  }
  return (
    <form onSubmit={save} aria-label={`Binding of ${credential.name}`}>
      <label htmlFor={id}>Allowed addresses of {credential.name}</label>
      <textarea
        id={id}
        rows={3}
        value={text}
        onChange={(e) => setText(e.target.value)}
        aria-invalid={errors.length ? true : undefined}
        aria-describedby={errors.length ? `${id}-error` : `${id}-hint`}
      />
      <p id={`${id}-hint`} className="muted small">
        {BINDING_HINT}
      </p>
      {errors.length > 0 && (
        <div id={`${id}-error`} className="field-error" role="alert">
          {errors.map((m) => (
            <div key={m}>{m}</div>
          ))}
        </div>
      )}
      <button type="submit" disabled={busy}>
        Save binding
      </button>
    </form>
  );
}

/** An admin's form for a new credential (POST /credentials): the secret, and where it may go. */
function NewCredential({ onCreated }: { onCreated: (c: Credential) => void }) {
  const [kind, setKind] = useState<'private_key' | 'password'>('private_key');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  async function submit(ev: FormEvent<HTMLFormElement>) {
    ev.preventDefault();
    const form = ev.currentTarget;
    const data = new FormData(form);
    const allowedAddresses = parseBindingText(String(data.get('allowedAddresses') ?? ''));
    const secret =
      kind === 'private_key'
        ? {
            privateKey: String(data.get('privateKey') ?? ''),
            ...(data.get('passphrase') ? { passphrase: String(data.get('passphrase')) } : {}),
          }
        : { password: String(data.get('password') ?? '') };
    setBusy(true);
    setErrors({});
    try {
      const r = await api<Credential>('POST', '/credentials', { name: String(data.get('name') ?? ''), kind, ...secret, allowedAddresses });
      form.reset();
      onCreated(r.data);
    } catch (e) {
      if (!(e instanceof ApiError)) return setErrors({ form: String(e) });
      const out: Record<string, string> = {};
      for (const err of e.problem.errors) {
        const key = err.path.startsWith('body.allowedAddresses') ? 'allowedAddresses' : err.path.replace(/^body\./, '');
        out[key] = key === 'allowedAddresses' ? bindingErrors(allowedAddresses, [err]).join('; ') : err.message;
      }
      if (!Object.keys(out).length) out.form = e.problem.detail;
      setErrors(out);
    } finally {
      setBusy(false);
    }
  }
  const err = (key: string) =>
    errors[key] ? (
      <div id={`cred-${key}-error`} className="field-error">
        {errors[key]}
      </div>
    ) : null;
  const invalid = (key: string) => (errors[key] ? { 'aria-invalid': true as const, 'aria-describedby': `cred-${key}-error` } : {});
  return (
    <form onSubmit={submit} noValidate aria-label="New credential" className="panel">
      <h2 style={{ marginTop: 0 }}>New credential</h2>
      <label htmlFor="cred-name">Name</label>
      <input id="cred-name" name="name" required {...invalid('name')} />
      {err('name')}
      <label htmlFor="cred-kind">Kind</label>
      <select id="cred-kind" value={kind} onChange={(e) => setKind(e.target.value as typeof kind)}>
        <option value="private_key">Private key</option>
        <option value="password">Password</option>
      </select>
      {kind === 'private_key' ? (
        <>
          <label htmlFor="cred-privateKey">Private key (OpenSSH or PEM)</label>
          <textarea id="cred-privateKey" name="privateKey" rows={5} spellCheck={false} {...invalid('privateKey')} />
          {err('privateKey')}
          <label htmlFor="cred-passphrase">Passphrase (if the key is encrypted)</label>
          <input id="cred-passphrase" name="passphrase" type="password" autoComplete="off" {...invalid('passphrase')} />
          {err('passphrase')}
        </>
      ) : (
        <>
          <label htmlFor="cred-password">Password</label>
          <input id="cred-password" name="password" type="password" autoComplete="off" {...invalid('password')} />
          {err('password')}
        </>
      )}
      <label htmlFor="cred-allowedAddresses">Allowed addresses</label>
      <textarea id="cred-allowedAddresses" name="allowedAddresses" rows={3} spellCheck={false} {...invalid('allowedAddresses')} />
      <p className="muted small">{BINDING_HINT}</p>
      {err('allowedAddresses')}
      {err('form')}
      <button type="submit" disabled={busy}>
        Store credential
      </button>
    </form>
  );
}

/**
 * The stored SSH credentials with where each may be sent. Secrets are never shown (the API never
 * returns them); admins store new ones and change bindings, everyone else reads.
 */
export function CredentialsPanel({ me }: { me: Me }) {
  const admin = me.user.role === 'admin';
  const [items, setItems] = useState<Credential[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(async () => {
    try {
      setItems((await api<{ items: Credential[] }>('GET', '/credentials')).data.items);
    } catch (e) {
      setError(problemText(e));
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);
  const replace = (c: Credential) => setItems((xs) => (xs ?? []).map((x) => (x.id === c.id ? c : x)));
  return (
    <>
      {error && (
        <p className="bad" role="alert">
          {error}
        </p>
      )}
      {items === null ? (
        <p className="muted">Loading…</p>
      ) : items.length === 0 ? (
        <p className="empty">No credentials stored yet.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Kind</th>
              <th scope="col">Allowed addresses</th>
            </tr>
          </thead>
          <tbody>
            {items.map((c) => (
              <tr key={c.id}>
                <td>{c.name}</td>
                <td>
                  {c.kind === 'private_key' ? 'private key' : 'password'}
                  {c.publicKeyFingerprint && (
                    <>
                      {' '}
                      <code className="muted small">{c.publicKeyFingerprint}</code>
                    </>
                  )}
                </td>
                <td>
                  {c.allowedAddresses.length ? (
                    <code>{c.allowedAddresses.join(', ')}</code>
                  ) : (
                    <span className="warn">nowhere: no director can use it until an admin binds it</span>
                  )}
                  {admin && <BindingEditor credential={c} onSaved={replace} />}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {admin ? (
        <NewCredential onCreated={(c) => setItems((xs) => [...(xs ?? []), c].sort((a, b) => a.name.localeCompare(b.name)))} />
      ) : (
        <p className="muted">Only admins store credentials and change where they may be sent.</p>
      )}
    </>
  );
}
