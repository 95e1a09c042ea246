'use client';
import {
  createContext,
  type FormEvent,
  type KeyboardEvent,
  type ReactNode,
  useCallback,
  useContext,
  useId,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import { type ResolverOptions, useForm as useRHF } from 'react-hook-form';
import { type Draft, type FieldErrors, getIn, problemErrors, str } from '../schemas/form-values';

export type { Draft, FieldErrors };

/**
 * The form plumbing shared by every editor: a draft held as input strings, field errors keyed by
 * the body path the API and zod both use (`members.1.priority`, `healthCheck.urls.0.path`), and
 * the placement of each error on the nearest field that exists. Nothing here imports zod: the
 * home page uses it too, and its first-page bundle must stay small.
 */
interface FormState {
  draft: Draft;
  set(path: string, value: unknown): void;
  errors: FieldErrors;
  idOf(path: string): string;
}
const FormContext = createContext<FormState | null>(null);
function useForm(): FormState {
  const f = useContext(FormContext);
  if (!f) throw new Error('a field outside an EditForm');
  return f;
}

export interface EditFormProps {
  initial: Draft;
  /** Shown as the form's heading (and the dialog's accessible name). */
  title: string;
  submitLabel: string;
  danger?: boolean;
  /**
   * Checks before the round trip, as the form's react-hook-form resolver (RHF's options passed on,
   * for zodResolver); may load the shared rules lazily.
   */
  check?(draft: Draft, options: ResolverOptions<Draft>): FieldErrors | Promise<FieldErrors>;
  /** Sends the draft; throws ApiError on refusal. */
  save(draft: Draft): Promise<void>;
  onCancel(): void;
  /** Called when the user first touches the form (e.g. to start loading the rules). */
  onFirstFocus?(): void;
  busyLabel?: string;
  className?: string;
  /** Element ids are `<idPrefix><path>` (stable ids for links and tests); a generated prefix otherwise. */
  idPrefix?: string;
  children?: ReactNode;
}

/**
 * A keyboard-friendly form: labels on every field, Enter submits (also from a select or a
 * checkbox), Escape cancels, a failed submit moves focus to the first invalid field (or the top
 * alert), and each message sits beside its field with aria-invalid and aria-describedby.
 */
export function EditForm({
  initial,
  title,
  submitLabel,
  danger,
  check,
  save,
  onCancel,
  onFirstFocus,
  busyLabel,
  className,
  idPrefix,
  children,
}: EditFormProps) {
  // react-hook-form holds the draft and runs the checks as its resolver on submit; the messages are
  // placed here (on the nearest field that is shown, the rest at the top) and focus moves to the first.
  const found = useRef<FieldErrors>({});
  const form = useRHF<Draft>({
    defaultValues: initial,
    resolver: async (values, _ctx, options) => {
      found.current = check ? await check(values, options) : {};
      const keys = Object.keys(found.current);
      return keys.length
        ? { values: {}, errors: Object.fromEntries(keys.map((k) => [k, { type: 'rule', message: found.current[k] }])) }
        : { values, errors: {} };
    },
  });
  const draft = form.watch();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [top, setTop] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [focusTick, setFocusTick] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const touched = useRef(false);
  const uid = useId();
  const idOf = useCallback((path: string) => `${idPrefix ?? `${uid}-`}${path.replace(/[^A-Za-z0-9_-]/g, '_')}`, [uid, idPrefix]);
  const { setValue } = form;
  const set = useCallback((path: string, value: unknown) => {
    setValue(path, value, { shouldDirty: true });
    // A field's message stands until the field changes (or the next submit judges it again).
    setErrors((e) => {
      if (!(path in e)) return e;
      const { [path]: _gone, ...rest } = e;
      return rest;
    });
  }, []);

  // After a refused submit, focus the first invalid field (or the top alert) once the fieldset is
  // enabled again: a disabled input cannot take focus, and RHF's handleSubmit settles a tick later.
  const wantFocus = useRef(false);
  useLayoutEffect(() => {
    if (!wantFocus.current || busy) return;
    wantFocus.current = false;
    const form = formRef.current;
    const first = form?.querySelector<HTMLElement>('[aria-invalid="true"], [data-invalid="true"], [data-top-alert]');
    first?.focus();
  }, [focusTick, busy]);

  /** Puts each message on its field, or the nearest enclosing group that is shown; the rest go to the top. */
  function place(all: FieldErrors) {
    const form = formRef.current;
    const placed: FieldErrors = {};
    const rest: string[] = [];
    for (const [path, message] of Object.entries(all)) {
      let p = path;
      while (p && !p.startsWith('spec:') && !form?.querySelector(`[data-field="${CSS.escape(p)}"]`))
        p = p.includes('.') ? p.slice(0, p.lastIndexOf('.')) : '';
      if (p && !p.startsWith('spec:')) placed[p] = placed[p] ? `${placed[p]}; ${message}` : message;
      else if (path === '') rest.unshift(message);
      else rest.push(message);
    }
    setErrors(placed);
    setTop(rest);
    wantFocus.current = true;
    setFocusTick((t) => t + 1);
  }

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    try {
      await form.handleSubmit(
        async (valid) => {
          try {
            await save(valid);
            setErrors({});
            setTop([]);
          } catch (err) {
            place(problemErrors(err));
          }
        },
        () => place(found.current),
      )();
    } finally {
      setBusy(false);
    }
  }

  function onKeyDown(e: KeyboardEvent<HTMLFormElement>) {
    const t = e.target as HTMLElement;
    if (e.key === 'Escape') {
      // A dialog turns Escape into its own cancel event; an inline form cancels here.
      if (!t.closest('dialog')) {
        e.preventDefault();
        onCancel();
      }
    } else if (e.key === 'Enter' && (t instanceof HTMLSelectElement || (t instanceof HTMLInputElement && t.type === 'checkbox'))) {
      e.preventDefault();
      formRef.current?.requestSubmit();
    }
  }

  return (
    <form
      ref={formRef}
      className={className}
      noValidate
      onSubmit={submit}
      onKeyDown={onKeyDown}
      onFocus={() => {
        if (!touched.current) {
          touched.current = true;
          onFirstFocus?.();
        }
      }}
      aria-labelledby={`${uid}-title`}
    >
      <h2 id={`${uid}-title`} style={{ marginTop: 0 }}>
        {title}
      </h2>
      {top.length > 0 && (
        <div className="field-error form-alert" role="alert" tabIndex={-1} data-top-alert>
          {top.map((m, i) => (
            <div key={i}>{m}</div>
          ))}
        </div>
      )}
      <FormContext.Provider value={{ draft, set, errors, idOf }}>
        <fieldset className="plain" disabled={busy}>
          {children}
        </fieldset>
      </FormContext.Provider>
      <div className="row form-actions">
        <button type="submit" className={danger ? 'danger' : 'primary'} disabled={busy}>
          {busy ? (busyLabel ?? 'Saving…') : submitLabel}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <span className="muted small">Enter saves · Esc cancels</span>
      </div>
    </form>
  );
}

/** A field's hint and error lines, which its aria-describedby names. */
function Notes({ id, hint, message }: { id: string; hint?: string; message?: string }) {
  return (
    <>
      {hint && (
        <div id={`${id}-hint`} className="muted small">
          {hint}
        </div>
      )}
      {message && (
        <div id={`${id}-error`} className="field-error">
          {message}
        </div>
      )}
    </>
  );
}

function useField(path: string, hint?: string) {
  const f = useForm();
  const id = f.idOf(path);
  const message = f.errors[path];
  const describedBy = [message ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined;
  return { f, id, message, aria: { id, 'data-field': path, 'aria-invalid': message ? true : undefined, 'aria-describedby': describedBy } };
}

interface FieldProps {
  path: string;
  label: string;
  hint?: string;
  /** Why this field cannot be changed by the signed-in user (it is disabled, the reason shown beside it). */
  locked?: string;
}

export function TextField({
  path,
  label,
  hint,
  locked,
  numeric,
  placeholder,
  autoFocus,
  required,
  suggestions,
}: FieldProps & { numeric?: boolean; placeholder?: string; autoFocus?: boolean; required?: boolean; suggestions?: string[] }) {
  const { f, id, message, aria } = useField(path, locked ?? hint);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {suggestions && suggestions.length > 0 && (
        <datalist id={`${id}-options`}>
          {suggestions.map((o) => (
            <option key={o} value={o} />
          ))}
        </datalist>
      )}
      <input
        {...aria}
        list={suggestions && suggestions.length > 0 ? `${id}-options` : undefined}
        type="text"
        inputMode={numeric ? 'numeric' : undefined}
        autoComplete="off"
        placeholder={placeholder}
        // Not React's autoFocus: a field inside a <dialog> can take focus only once the dialog is open, and the dialog gives it.
        data-autofocus={autoFocus || undefined}
        aria-required={required || undefined}
        disabled={locked !== undefined}
        title={locked}
        value={str(getIn(f.draft, path))}
        onChange={(e) => f.set(path, e.target.value)}
      />
      <Notes id={id} hint={locked ?? hint} message={message} />
    </div>
  );
}

export function TextArea({ path, label, hint, rows = 3 }: FieldProps & { rows?: number }) {
  const { f, id, message, aria } = useField(path, hint);
  return (
    <div className="field wide">
      <label htmlFor={id}>{label}</label>
      <textarea {...aria} rows={rows} value={str(getIn(f.draft, path))} onChange={(e) => f.set(path, e.target.value)} />
      <Notes id={id} hint={hint} message={message} />
    </div>
  );
}

export function SelectField({
  path,
  label,
  hint,
  options,
}: FieldProps & { options: readonly (string | readonly [value: string, label: string])[] }) {
  const { f, id, message, aria } = useField(path, hint);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select {...aria} value={str(getIn(f.draft, path))} onChange={(e) => f.set(path, e.target.value)}>
        {options.map((o) => {
          const [value, text] = typeof o === 'string' ? [o, o] : o;
          return (
            <option key={value} value={value}>
              {text}
            </option>
          );
        })}
      </select>
      <Notes id={id} hint={hint} message={message} />
    </div>
  );
}

export function CheckField({ path, label, hint, locked }: FieldProps) {
  const { f, id, message, aria } = useField(path, locked ?? hint);
  return (
    <div className="field">
      <label className="check" htmlFor={id}>
        <input
          {...aria}
          type="checkbox"
          disabled={locked !== undefined}
          title={locked}
          checked={getIn(f.draft, path) === true}
          onChange={(e) => f.set(path, e.target.checked)}
        />
        {label}
      </label>
      <Notes id={id} hint={locked ?? hint} message={message} />
    </div>
  );
}

/** Where errors about a whole list or object land (`members`, `vips`, `healthCheck.urls`). */
export function GroupError({ path }: { path: string }) {
  const f = useForm();
  const id = f.idOf(path);
  const message = f.errors[path];
  return (
    <div data-field={path} data-invalid={message ? 'true' : undefined} tabIndex={message ? -1 : undefined}>
      <Notes id={id} message={message} />
    </div>
  );
}

/** A fieldset with its legend and the slot for errors about the whole group. */
export function Group({ path, legend, children }: { path: string; legend: string; children: ReactNode }) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      <GroupError path={path} />
      {children}
    </fieldset>
  );
}

/** Rows of a list field (members, VIPs, URLs) with add and remove buttons. */
export function ListField({
  path,
  legend,
  blank,
  addLabel,
  min = 0,
  rowLabel = (i) => `${legend.toLowerCase()} row ${i + 1}`,
  children,
}: {
  path: string;
  legend: string;
  blank: Draft | (() => Draft);
  addLabel: string;
  min?: number;
  /** What a row is called in its Remove button's accessible name ("tracked script 1"). */
  rowLabel?: (index: number) => string;
  children: (prefix: string, index: number) => ReactNode;
}) {
  const f = useForm();
  const items = (getIn(f.draft, path) as Draft[] | undefined) ?? [];
  return (
    <Group path={path} legend={legend}>
      {items.map((_, i) => (
        <div className="list-row" key={i}>
          {children(`${path}.${i}`, i)}
          {/* A compact ✕ in the row's last (auto) column, whatever the number of fields before it; its name says which row. */}
          <button
            type="button"
            className="small-btn"
            style={{ gridColumn: '-2 / -1', justifySelf: 'end' }}
            disabled={items.length <= min}
            onClick={() =>
              f.set(
                path,
                items.filter((__, j) => j !== i),
              )
            }
            aria-label={`Remove ${rowLabel(i)}`}
            title={`Remove ${rowLabel(i)}`}
          >
            <span aria-hidden="true">✕</span>
          </button>
        </div>
      ))}
      <button type="button" className="small-btn" onClick={() => f.set(path, [...items, typeof blank === 'function' ? blank() : blank])}>
        {addLabel}
      </button>
    </Group>
  );
}

/** The options of an optional yes/no keyword whose "no" matters (smtp_alert off against a global default). */
export const TRI_OPTIONS = [
  ['', 'default'],
  ['true', 'yes'],
  ['false', 'no'],
] as const;

interface KeptEntry {
  keyword: string;
  args?: string[];
  block?: KeptEntry[];
}
const keptLines = (entries: KeptEntry[], depth = 0): string[] =>
  entries.flatMap((e) => {
    const head = `${'  '.repeat(depth)}${[e.keyword, ...(e.args ?? [])].join(' ')}`;
    return e.block ? [`${head} {`, ...keptLines(e.block, depth + 1), `${'  '.repeat(depth)}}`] : [head];
  });

/**
 * The keepalived keywords of this block that the console keeps verbatim but does not model
 * (the spec's `extra`): shown read-only, saved back unchanged. Edited through import only.
 */
export function KeptKeywords({ path = 'kept.extra' }: { path?: string }) {
  const f = useForm();
  const entries = (getIn(f.draft, path) as KeptEntry[] | undefined) ?? [];
  if (entries.length === 0) return null;
  return (
    <details className="kept-keywords">
      <summary>keepalived keywords the console keeps but does not model ({entries.length})</summary>
      <p className="muted small">
        Rendered back at the end of this block as they were imported; change them by importing the config again.
      </p>
      <pre data-testid="kept-keywords">{keptLines(entries).join('\n')}</pre>
    </details>
  );
}

/**
 * A folded section for the long tail of keywords (gratuitous ARP timing): open at first when any of
 * `paths` holds a value, so nothing set is hidden; the inputs are in the form either way.
 */
export function MoreOptions({ summary, paths, children }: { summary: string; paths: string[]; children: ReactNode }) {
  const f = useForm();
  const [open] = useState(() => paths.some((p) => str(getIn(f.draft, p)) !== ''));
  return (
    <details className="more-options" open={open}>
      <summary>{summary}</summary>
      {children}
    </details>
  );
}

/** Renders children only while the draft's value at `path` passes `when`. */
export function When({ path, is, children }: { path: string; is: (v: unknown) => boolean; children: ReactNode }) {
  const f = useForm();
  return is(getIn(f.draft, path)) ? <>{children}</> : null;
}

/** Checkboxes that make a list of names (the instances of a sync group). */
export function CheckList({ path, legend, options }: { path: string; legend: string; options: string[] }) {
  const f = useForm();
  const chosen = (getIn(f.draft, path) as string[] | undefined) ?? [];
  return (
    <Group path={path} legend={legend}>
      {options.length === 0 && <p className="muted">Nothing to choose from yet.</p>}
      {options.map((o) => (
        <label className="check" key={o}>
          <input
            type="checkbox"
            checked={chosen.includes(o)}
            onChange={(e) => f.set(path, e.target.checked ? [...chosen, o] : chosen.filter((x) => x !== o))}
          />
          {o}
        </label>
      ))}
    </Group>
  );
}
