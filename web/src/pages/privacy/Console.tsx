import { SideNav } from '@trussworks/react-uswds';
import { NavLink, Outlet } from 'react-router';
import { useSession } from '../../auth/session.ts';
import { ErrorBox } from '../../components/Status.tsx';

const TABS = [
  ['accounting', 'Accounting of disclosures'],
  ['viewer', 'Who did what'],
  ['alerts', 'Alerts'],
  ['policy', 'Policy matrix'],
  ['policy-diff', 'Policy comparison'],
  ['view-as', 'View as'],
  ['reviews', 'Emergency reviews'],
  ['chains', 'Audit chains'],
] as const;

/** The privacy officer's console; every part of it is refused by the registry to anyone else. */
export function PrivacyConsole() {
  const session = useSession();
  const items = TABS.map(([key, label]) => (
    <NavLink key={key} to={`/privacy/${key}`} className={({ isActive }) => (isActive ? 'usa-current' : undefined)}>
      {label}
    </NavLink>
  ));
  return (
    <>
      <h1>Privacy console</h1>
      {session?.purpose !== 'AUDIT' && (
        <ErrorBox title="Purpose">The console works under the Audit purpose; choose it above.</ErrorBox>
      )}
      <div className="grid-row grid-gap-lg">
        <nav aria-label="Privacy console" className="tablet:grid-col-3 desktop:grid-col-2 app-sidenav app-no-print">
          <SideNav items={items} />
        </nav>
        <div className="tablet:grid-col-9 desktop:grid-col-10 app-console">
          <Outlet />
        </div>
      </div>
    </>
  );
}
