// Labelled form fields shared by the features: each error is tied to its control with aria-describedby
// (id = `${field}-error`), and a required field is marked for sight and for assistive technology.

/** A field's error, tied to its input with aria-describedby (id = `${field}-error`). */
export function FieldError({ id, messages }: { id: string; messages?: string[] }) {
  if (!messages || messages.length === 0) return null;
  return (
    <p className="field-error" id={`${id}-error`}>
      {messages.join(' ')}
    </p>
  );
}

function FieldLabel({ id, label, required }: { id: string; label: string; required?: boolean }) {
  return (
    <label htmlFor={id}>
      {label}
      {required && <span aria-hidden="true"> *</span>}
    </label>
  );
}

function aria(id: string, errors?: string[], required?: boolean, hint?: string) {
  const describedBy = [hint ? `${id}-hint` : '', errors?.length ? `${id}-error` : ''].filter(Boolean).join(' ');
  return {
    'aria-invalid': errors?.length ? true : undefined,
    'aria-describedby': describedBy || undefined,
    'aria-required': required || undefined,
  } as const;
}

/** A text input, or a textarea when `multiline`; `hint` is a help text under the label (id = `${field}-hint`). */
export function TextField(props: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  errors?: string[];
  type?: string;
  required?: boolean;
  multiline?: boolean;
  lang?: string;
  /** Text direction of what is typed (`rtl` for Arabic and Dari; `auto` lets the browser choose). */
  dir?: 'ltr' | 'rtl' | 'auto';
  maxLength?: number;
  hint?: string;
}) {
  const common = {
    id: props.id,
    value: props.value,
    lang: props.lang,
    dir: props.dir,
    maxLength: props.maxLength,
    ...aria(props.id, props.errors, props.required, props.hint),
  };
  return (
    <div className="field">
      <FieldLabel id={props.id} label={props.label} required={props.required} />
      {props.hint && (
        <p className="hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      )}
      {props.multiline ? (
        <textarea {...common} rows={4} onChange={(e) => props.onChange(e.target.value)} />
      ) : (
        <input {...common} type={props.type ?? 'text'} onChange={(e) => props.onChange(e.target.value)} />
      )}
      <FieldError id={props.id} messages={props.errors} />
    </div>
  );
}

/** A select with an empty first choice (`none`) and [value, text] options. */
export function SelectField(props: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: [string, string][];
  none: string;
  errors?: string[];
  required?: boolean;
}) {
  return (
    <div className="field">
      <FieldLabel id={props.id} label={props.label} required={props.required} />
      <select id={props.id} value={props.value} onChange={(e) => props.onChange(e.target.value)} {...aria(props.id, props.errors, props.required)}>
        <option value="">{props.none}</option>
        {props.options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
      <FieldError id={props.id} messages={props.errors} />
    </div>
  );
}
