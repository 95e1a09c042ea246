'use client';
import type { ClusterSpec } from '@lvs/domain';
import { useRouter } from 'next/navigation';
import { type ChangeEvent, type FormEvent, useEffect, useRef, useState } from 'react';
import { api, ApiError } from '../../lib/api';
import { NAME_RULE, NAME_RULE_MESSAGE } from '../../lib/rules';

interface DirectorInput {
  id: number;
  name: string;
  address: string;
  config: string;
}

export interface ImportWarning {
  director?: string;
  file?: string;
  line: number;
  path?: string;
  message: string;
}

interface ImportResult {
  cluster?: { id: string; name: string };
  spec: ClusterSpec;
  warnings: ImportWarning[];
}

/** Field errors keyed by the API's path without `body.` (`name`, `directors.0.config`, `directors.1`). */
type Errors = Record<string, string>;

let nextId = 1;
const blank = (): DirectorInput => ({ id: nextId++, name: '', address: '', config: '' });
const routerId = (text: string) => /^\s*router_id\s+(\S+)/m.exec(text)?.[1];

/** Checks the API would make anyway, before the round trip (same rules: libs/domain KEEPALIVED_NAME, ClusterImportSchema). */
function validate(name: string, directors: DirectorInput[]): Errors {
  const e: Errors = {};
  if (!NAME_RULE.test(name)) e.name = NAME_RULE_MESSAGE;
  const seen = new Set<string>();
  directors.forEach((d, i) => {
    if (!NAME_RULE.test(d.name)) e[`directors.${i}.name`] = NAME_RULE_MESSAGE;
    else if (seen.has(d.name)) e[`directors.${i}.name`] = `director ${d.name} is given twice`;
    seen.add(d.name);
    if (!d.config.trim()) e[`directors.${i}.config`] = 'paste the keepalived.conf text or choose the file';
  });
  return e;
}

/** Splits the API's errors into the ones a field shows and the rest (shown above the buttons). */
function placeErrors(problem: ApiError['problem'], count: number): { fields: Errors; rest: string[] } {
  const fields: Errors = {};
  const rest: string[] = [];
  const known = new Set([
    'name',
    'description',
    'directors',
    ...Array.from({ length: count }, (_, i) => [
      `directors.${i}`,
      `directors.${i}.name`,
      `directors.${i}.address`,
      `directors.${i}.config`,
    ]).flat(),
  ]);
  for (const err of problem.errors) {
    const path = err.path.replace(/^body\./, '');
    // Deeper paths inside a director (its includes) belong to that director's group.
    const key = known.has(path) ? path : /^directors\.\d+/.exec(path)?.[0];
    if (key && known.has(key)) fields[key] = fields[key] ? `${fields[key]}; ${err.message}` : err.message;
    else rest.push(`${err.path}: ${err.message}`);
  }
  if (problem.status === 409 && !fields.name) fields.name = problem.detail;
  return { fields, rest };
}

function FieldError({ id, text }: { id: string; text?: string }) {
  return text ? (
    <div id={id} className="field-error">
      {text}
    </div>
  ) : null;
}

function Counts({ spec }: { spec: ClusterSpec }) {
  const vips = spec.vrrpInstances.reduce((n, i) => n + i.vips.length, 0);
  const rs = spec.virtualServices.reduce((n, v) => n + v.realServers.length, 0);
  return (
    <p data-testid="import-counts">
      {spec.directors.length} directors · {spec.vrrpInstances.length} VRRP instances · {vips} VIPs · {spec.virtualServices.length} virtual
      services · {rs} real servers
    </p>
  );
}

function Warnings({ warnings, directors }: { warnings: ImportWarning[]; directors: string[] }) {
  if (warnings.length === 0) return <p className="ok">No warnings: everything in the files is modelled.</p>;
  const groups = [...new Set([...directors, ...warnings.map((w) => w.director ?? '')])].filter((g) =>
    warnings.some((w) => (w.director ?? '') === g),
  );
  return (
    <div data-testid="import-warnings">
      <p className="warn">
        {warnings.length} warning{warnings.length === 1 ? '' : 's'}: what the console does not model is kept out of the cluster, not dropped
        silently.
      </p>
      {groups.map((g) => (
        <div key={g || '(cluster)'}>
          <h3>{g || 'Cluster-wide'}</h3>
          <ul>
            {warnings
              .filter((w) => (w.director ?? '') === g)
              .map((w, i) => (
                <li key={i}>
                  {w.line > 0 && (
                    <code>
                      {w.file ? `${w.file}:` : ''}line {w.line}
                    </code>
                  )}
                  {w.line > 0 && ' — '}
                  {w.message}
                  {w.path && <span className="muted"> ({w.path})</span>}
                </li>
              ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

/**
 * Import a cluster from its directors' keepalived.conf files: Preview is a dry run (warnings by
 * director and line, what it would create); Import creates it and opens the cluster. Enter in a
 * field previews; the API's field errors land on their fields and the first one takes focus.
 */
export function ImportForm() {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [directors, setDirectors] = useState<DirectorInput[]>(() => [blank(), blank()]);
  const [errors, setErrors] = useState<Errors>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [preview, setPreview] = useState<{ result: Pick<ImportResult, 'warnings'> & { spec?: ClusterSpec }; stale: boolean } | null>(null);
  const [busy, setBusy] = useState<'preview' | 'import' | null>(null);
  const [focusTick, setFocusTick] = useState(0);

  useEffect(() => {
    if (!focusTick) return;
    const first = form.current?.querySelector<HTMLElement>('[aria-invalid="true"], [data-error-anchor]');
    first?.focus();
  }, [focusTick]);

  const update = (id: number, patch: Partial<DirectorInput>) => {
    setDirectors((ds) => ds.map((d) => (d.id === id ? { ...d, ...patch } : d)));
    setPreview((p) => (p ? { ...p, stale: true } : p));
  };
  const loadFile = async (d: DirectorInput, e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (!file) return;
    const text = await file.text();
    update(d.id, { config: text, ...(!d.name && routerId(text) ? { name: routerId(text) } : {}) });
  };

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const submitter = (e.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const dryRun = submitter?.value !== 'import';
    const local = validate(name, directors);
    setFormErrors([]);
    if (Object.keys(local).length) {
      setErrors(local);
      setFocusTick((t) => t + 1);
      return;
    }
    setErrors({});
    setBusy(dryRun ? 'preview' : 'import');
    try {
      const body = {
        name,
        ...(description.trim() && { description: description.trim() }),
        dryRun,
        directors: directors.map((d) => ({ name: d.name, ...(d.address.trim() && { address: d.address.trim() }), config: d.config })),
      };
      const { data } = await api<ImportResult>('POST', '/clusters/import', body);
      if (!dryRun && data.cluster) {
        router.push(`/clusters/${data.cluster.id}`);
        return;
      }
      setPreview({ result: data, stale: false });
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      const { fields, rest } = placeErrors(err.problem, directors.length);
      setErrors(fields);
      setFormErrors([err.problem.detail, ...rest]);
      const warnings = (err.problem as unknown as { warnings?: ImportWarning[] }).warnings;
      setPreview(warnings ? { result: { warnings }, stale: false } : null);
      setFocusTick((t) => t + 1);
    } finally {
      setBusy(null);
    }
  }

  const invalid = (key: string) =>
    errors[key] ? { 'aria-invalid': true as const, 'aria-describedby': `${key.replace(/\./g, '-')}-error` } : {};
  return (
    <form ref={form} onSubmit={submit} noValidate aria-label="Import a cluster">
      <div className="panel">
        <label htmlFor="imp-name">Cluster name</label>
        <input id="imp-name" value={name} onChange={(e) => setName(e.target.value)} placeholder="web-eu" autoFocus {...invalid('name')} />
        <FieldError id="name-error" text={errors.name} />
        <label htmlFor="imp-description">Description (optional)</label>
        <input id="imp-description" value={description} onChange={(e) => setDescription(e.target.value)} {...invalid('description')} />
        <FieldError id="description-error" text={errors.description} />
        <FieldError id="directors-error" text={errors.directors} />
      </div>
      {directors.map((d, i) => {
        const p = `directors.${i}`;
        const id = `imp-d${i}`;
        return (
          <fieldset key={d.id} className="panel" aria-describedby={errors[p] ? `${p.replace(/\./g, '-')}-error` : undefined}>
            <legend>Director {i + 1}</legend>
            {errors[p] && (
              <div id={`${p.replace(/\./g, '-')}-error`} className="field-error" tabIndex={-1} data-error-anchor>
                {errors[p]}
              </div>
            )}
            <div className="row" style={{ alignItems: 'flex-start' }}>
              <div style={{ flex: '1 1 14rem' }}>
                <label htmlFor={`${id}-name`}>Name</label>
                <input
                  id={`${id}-name`}
                  value={d.name}
                  onChange={(e) => update(d.id, { name: e.target.value })}
                  placeholder={`lb${i + 1}`}
                  {...invalid(`${p}.name`)}
                />
                <FieldError id={`${p.replace(/\./g, '-')}-name-error`} text={errors[`${p}.name`]} />
              </div>
              <div style={{ flex: '1 1 14rem' }}>
                <label htmlFor={`${id}-address`}>Address (optional: else the file&apos;s unicast_src_ip)</label>
                <input
                  id={`${id}-address`}
                  value={d.address}
                  onChange={(e) => update(d.id, { address: e.target.value })}
                  placeholder="10.0.0.11"
                  {...invalid(`${p}.address`)}
                />
                <FieldError id={`${p.replace(/\./g, '-')}-address-error`} text={errors[`${p}.address`]} />
              </div>
            </div>
            <label htmlFor={`${id}-config`}>keepalived.conf</label>
            <textarea
              id={`${id}-config`}
              rows={10}
              value={d.config}
              spellCheck={false}
              onChange={(e) =>
                update(d.id, { config: e.target.value, ...(!d.name && routerId(e.target.value) ? { name: routerId(e.target.value) } : {}) })
              }
              {...invalid(`${p}.config`)}
            />
            <FieldError id={`${p.replace(/\./g, '-')}-config-error`} text={errors[`${p}.config`]} />
            <div className="row" style={{ marginTop: '0.5rem' }}>
              <label htmlFor={`${id}-file`} style={{ margin: 0, fontWeight: 400 }}>
                …or read it from a file:
              </label>
              <input
                id={`${id}-file`}
                type="file"
                accept=".conf,text/plain"
                onChange={(e) => void loadFile(d, e)}
                style={{ maxWidth: '20rem' }}
              />
              {directors.length > 1 && (
                <button
                  type="button"
                  onClick={() => setDirectors((ds) => ds.filter((x) => x.id !== d.id))}
                  aria-label={`Remove director ${i + 1}`}
                >
                  Remove
                </button>
              )}
            </div>
          </fieldset>
        );
      })}
      <p className="row">
        <button type="button" onClick={() => setDirectors((ds) => [...ds, blank()])}>
          Add a director
        </button>
      </p>
      {formErrors.length > 0 && (
        <div className="field-error" role="alert" tabIndex={-1} data-error-anchor={Object.keys(errors).length ? undefined : true}>
          {formErrors.map((m, i) => (
            <div key={i}>{m}</div>
          ))}
        </div>
      )}
      <p className="row">
        <button type="submit" value="preview" disabled={!!busy}>
          {busy === 'preview' ? 'Reading the files…' : 'Preview'}
        </button>
        <button type="submit" value="import" className="primary" disabled={!!busy}>
          {busy === 'import' ? 'Importing…' : 'Import'}
        </button>
        <span className="muted small">Enter previews (a dry run: nothing is created).</span>
      </p>
      {preview && (
        <section className="panel" aria-labelledby="preview-h" data-testid="import-preview">
          <h2 id="preview-h" style={{ marginTop: 0 }}>
            Preview {preview.stale && <span className="badge warn">the form changed since: preview again</span>}
          </h2>
          {preview.result.spec ? (
            <Counts spec={preview.result.spec} />
          ) : (
            <p className="bad">The files do not make a cluster yet (see the errors above).</p>
          )}
          <Warnings warnings={preview.result.warnings} directors={directors.map((d) => d.name)} />
        </section>
      )}
    </form>
  );
}
