import { Alert, AlertHeading } from '@trussworks/react-uswds';
import type { ReactNode } from 'react';

export function Loading({ what }: { what: string }) {
  return (
    <p className="app-loading" role="status" aria-live="polite">
      Loading {what}…
    </p>
  );
}

/** Something went wrong (never a denial: the rules working as designed are not an error). */
export function ErrorBox({ title = 'Something went wrong', children }: { title?: string; children: ReactNode }) {
  return (
    <Alert type="error" role="alert" className="app-error">
      <AlertHeading level="h2">{title}</AlertHeading>
      <div className="usa-alert__text">{children}</div>
    </Alert>
  );
}

/** The errors of an answer that are neither denials nor an unavailable agency (those are shown in place). */
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

/** An agency that did not answer: its part is missing, which is not the same as empty. */
export function Unavailable({ agency }: { agency: string }) {
  return (
    <Alert type="warning" slim role="note" data-testid="unavailable" className="app-unavailable">
      <p className="usa-alert__text">
        {agency} is not answering right now, so its part of the record is missing. This does not mean it holds no data.
        Try again later.
      </p>
    </Alert>
  );
}
