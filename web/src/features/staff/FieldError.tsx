/** A field's error, tied to its input with aria-describedby (id = `${field}-error`). */
export function FieldError({ id, messages }: { id: string; messages?: string[] }) {
  if (!messages || messages.length === 0) return null;
  return (
    <p className="field-error" id={`${id}-error`}>
      {messages.join(' ')}
    </p>
  );
}
