import { Alert, Button, Label, Select } from '@trussworks/react-uswds';
import { useNavigate } from 'react-router';
import { purposesFor, setPurpose, setSession, type Session } from '../auth/session.ts';
import { AGENCY_LABEL, PURPOSE_LABEL, ROLE_LABEL } from '../labels.ts';

/** Who is signed in, the purpose every request is made for, and signing out: on every page. */
export function ViewerBar({ session }: { session: Session }) {
  const navigate = useNavigate();
  const { viewer } = session;
  return (
    <div className="viewer-bar">
      <div className="grid-container-desktop-lg viewer-bar__inner">
        <p className="viewer-bar__who" data-testid="viewer">
          <strong>{viewer.name}</strong>, {ROLE_LABEL[viewer.role] ?? viewer.role} (
          {AGENCY_LABEL[viewer.agency] ?? viewer.agency})
        </p>
        <div className="viewer-bar__purpose">
          <Label htmlFor="purpose">Purpose of use</Label>
          <Select id="purpose" name="purpose" value={session.purpose} onChange={(e) => setPurpose(e.target.value)}>
            {purposesFor(viewer.role).map((p) => (
              <option key={p} value={p}>
                {PURPOSE_LABEL[p]}
              </option>
            ))}
          </Select>
        </div>
        <Button
          type="button"
          outline
          className="viewer-bar__signout"
          onClick={() => {
            setSession(null);
            void navigate('/signin');
          }}
        >
          Sign out
        </Button>
      </div>
    </div>
  );
}

export function EmergencyBanner() {
  return (
    <Alert type="emergency" slim className="app-emergency" role="status">
      <p className="usa-alert__text">Emergency purpose: every read is flagged for privacy review.</p>
    </Alert>
  );
}
