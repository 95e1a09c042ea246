'use client';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { type FieldValues, useForm, type UseFormReturn } from 'react-hook-form';
import { type FieldErrors, problemErrors } from '../../edit/schemas/form-values';
import type { Draft } from '../schemas/forms';

/**
 * The notification forms: react-hook-form holds the draft, the checks before the round trip run as
 * its resolver, and a refusal from the API (problem+json `errors[].path`, `body.` dropped) is set on
 * the field it names — a path below a field (`to.1`) on that field, anything else at the top.
 */
export interface DraftForm {
  form: UseFormReturn<Draft>;
  top: string[];
  submit(e?: React.BaseSyntheticEvent): Promise<void>;
  busy: boolean;
  id(field: string): string;
}

export function useDraftForm({
  initial,
  fields,
  check,
  save,
  idPrefix,
}: {
  initial: Draft;
  /** The fields the form shows: where messages can land. */
  fields: readonly string[];
  check(d: Draft): FieldErrors;
  save(d: Draft): Promise<void>;
  idPrefix: string;
}): DraftForm {
  const [top, setTop] = useState<string[]>([]);
  const fieldOf = (path: string) => fields.find((f) => path === f || path.startsWith(`${f}.`));
  const known = useRef(fieldOf);
  known.current = fieldOf;
  const form = useForm<Draft>({
    defaultValues: initial,
    resolver: async (values: FieldValues) => {
      const found = check(values);
      const errors: Record<string, { type: string; message: string }> = {};
      const rest: string[] = [];
      for (const [path, message] of Object.entries(found)) {
        const f = known.current(path);
        if (f) errors[f] ??= { type: 'rule', message };
        else rest.push(message);
      }
      setTop(rest);
      return Object.keys(errors).length || rest.length ? { values: {}, errors } : { values, errors: {} };
    },
  });
  const submit = form.handleSubmit(async (values) => {
    setTop([]);
    try {
      await save(values);
    } catch (e) {
      const rest: string[] = [];
      let first = true;
      for (const [path, message] of Object.entries(problemErrors(e))) {
        const f = fieldOf(path);
        if (f) {
          form.setError(f, { type: 'server', message }, { shouldFocus: first });
          first = false;
        } else rest.unshift(message);
      }
      setTop(rest);
    }
  });
  return { form, top, submit, busy: form.formState.isSubmitting, id: (f) => `${idPrefix}${f}` };
}

/** A modal <dialog>: Escape closes it, focus stays inside and goes back to the button that opened it. */
export function FormDialog({ label, onClose, children }: { label: string; onClose(): void; children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    const opener = document.activeElement;
    if (d && !d.open) d.showModal();
    d?.querySelector<HTMLElement>('input, select, textarea')?.focus();
    return () => {
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className="editor"
      aria-label={label}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      {children}
    </dialog>
  );
}

/** The form with its heading, top alert and Save/Cancel row; fields go in `children`. */
export function DraftFormView({
  f,
  title,
  submitLabel,
  onCancel,
  children,
}: {
  f: DraftForm;
  title: string;
  submitLabel: string;
  onCancel(): void;
  children: ReactNode;
}) {
  const headingId = f.id('title');
  return (
    <form noValidate onSubmit={f.submit} aria-labelledby={headingId}>
      <h2 id={headingId} style={{ marginTop: 0 }}>
        {title}
      </h2>
      {f.top.length > 0 && (
        <div className="field-error form-alert" role="alert">
          {f.top.map((m, i) => (
            <div key={i}>{m}</div>
          ))}
        </div>
      )}
      <fieldset className="plain" disabled={f.busy}>
        <div className="form-grid">{children}</div>
      </fieldset>
      <div className="row form-actions">
        <button type="submit" className="primary" disabled={f.busy}>
          {f.busy ? 'Saving…' : submitLabel}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function Notes({ id, hint, error }: { id: string; hint?: ReactNode; error?: string }) {
  return (
    <>
      {hint && (
        <div id={`${id}-hint`} className="muted small">
          {hint}
        </div>
      )}
      {error && (
        <div id={`${id}-error`} className="field-error">
          {error}
        </div>
      )}
    </>
  );
}

function aria(f: DraftForm, name: string, hint?: ReactNode) {
  const id = f.id(name);
  const error = f.form.formState.errors[name]?.message as string | undefined;
  const describedBy = [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined;
  return { id, error, props: { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy } };
}

export function Input({
  f,
  name,
  label,
  hint,
  type = 'text',
  wide,
  numeric,
  placeholder,
}: {
  f: DraftForm;
  name: string;
  label: string;
  hint?: ReactNode;
  type?: 'text' | 'password';
  wide?: boolean;
  numeric?: boolean;
  placeholder?: string;
}) {
  const a = aria(f, name, hint);
  return (
    <div className={`field${wide ? ' wide' : ''}`}>
      <label htmlFor={a.id}>{label}</label>
      <input
        {...a.props}
        {...f.form.register(name)}
        type={type}
        inputMode={numeric ? 'numeric' : undefined}
        autoComplete={type === 'password' ? 'new-password' : 'off'}
        spellCheck={false}
        placeholder={placeholder}
      />
      <Notes id={a.id} hint={hint} error={a.error} />
    </div>
  );
}

export function TextBox({
  f,
  name,
  label,
  hint,
  rows = 3,
}: {
  f: DraftForm;
  name: string;
  label: string;
  hint?: ReactNode;
  rows?: number;
}) {
  const a = aria(f, name, hint);
  return (
    <div className="field wide">
      <label htmlFor={a.id}>{label}</label>
      <textarea {...a.props} {...f.form.register(name)} rows={rows} spellCheck={false} />
      <Notes id={a.id} hint={hint} error={a.error} />
    </div>
  );
}

export function Select({
  f,
  name,
  label,
  hint,
  options,
}: {
  f: DraftForm;
  name: string;
  label: string;
  hint?: ReactNode;
  options: readonly (readonly [value: string, label: string])[];
}) {
  const a = aria(f, name, hint);
  return (
    <div className="field">
      <label htmlFor={a.id}>{label}</label>
      <select {...a.props} {...f.form.register(name)}>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
      <Notes id={a.id} hint={hint} error={a.error} />
    </div>
  );
}

export function Check({ f, name, label, hint }: { f: DraftForm; name: string; label: string; hint?: ReactNode }) {
  const a = aria(f, name, hint);
  return (
    <div className="field">
      <label className="check" htmlFor={a.id}>
        <input {...a.props} {...f.form.register(name)} type="checkbox" />
        {label}
      </label>
      <Notes id={a.id} hint={hint} error={a.error} />
    </div>
  );
}

/** Checkboxes that make a list (event kinds, clusters, channels); the draft holds an array of the chosen values. */
export function CheckGroup({
  f,
  name,
  legend,
  hint,
  options,
  empty,
}: {
  f: DraftForm;
  name: string;
  legend: string;
  hint?: ReactNode;
  options: readonly (readonly [value: string, label: string])[];
  empty?: string;
}) {
  const a = aria(f, name, hint);
  return (
    <fieldset className="field wide check-group" id={a.id} tabIndex={-1} aria-describedby={a.props['aria-describedby']}>
      <legend>{legend}</legend>
      {options.length === 0 && <p className="muted small">{empty ?? 'Nothing to choose from yet.'}</p>}
      {options.map(([value, text]) => (
        <label className="check" key={value}>
          <input type="checkbox" value={value} {...f.form.register(name)} />
          {text}
        </label>
      ))}
      <Notes id={a.id} hint={hint} error={a.error} />
    </fieldset>
  );
}
