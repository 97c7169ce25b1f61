import type { ReactNode } from 'react';

export function Loading({ what }: { what: string }) {
  return (
    <p className="loading" role="status" aria-live="polite">
      Loading {what}…
    </p>
  );
}

export function ErrorBox({ title = 'Something went wrong', children }: { title?: string; children: ReactNode }) {
  return (
    <div className="error-box" role="alert">
      <strong>{title}</strong>
      <div>{children}</div>
    </div>
  );
}

/** The errors of an answer that are not denials (denials are shown where the field would be). */
export function ErrorList({ errors }: { errors: { message: string }[] }) {
  if (!errors.length) return null;
  return (
    <ErrorBox title="The hub reported a problem">
      <ul>
        {errors.map((e, i) => (
          <li key={i}>{e.message}</li>
        ))}
      </ul>
    </ErrorBox>
  );
}
