import { Header, NavMenuButton, Title } from '@trussworks/react-uswds';
import { useEffect, useState } from 'react';
import { Link, NavLink, useLocation } from 'react-router';
import closeIcon from '@uswds-dist/img/usa-icons/close.svg';
import { useSession, type Session } from '../auth/session.ts';
import { ViewerBar } from './ViewerBar.tsx';

/** The main sections each role works in (the privacy office's console is theirs alone). */
export function sectionsFor(session: Session | null): [to: string, label: string][] {
  if (!session) return [];
  if (session.viewer.role === 'PRIVACY_OFFICER') return [['/privacy', 'Privacy console']];
  if (session.viewer.role === 'MDT_COORDINATOR') {
    return [
      ['/', 'Caseload'],
      ['/referrals/inbox', 'Referral inbox'],
      ['/meetings', 'MDT meetings'],
      ['/action-items', 'My action items'],
    ];
  }
  return [
    ['/', 'Caseload'],
    ['/referrals', 'My referrals'],
    ['/meetings', 'My meetings'],
    ['/action-items', 'My action items'],
  ];
}

/**
 * The USWDS basic header: the hub's name, its sections (behind a menu button below desktop
 * width), and who is signed in with the purpose of use. The nav is USWDS's own markup rather than the React library's PrimaryNav, whose close
 * button brings the library's whole icon set (~50 kB) into the bundle.
 */
export function AppHeader() {
  const session = useSession();
  const { pathname } = useLocation();
  const [open, setOpen] = useState(false);
  useEffect(() => setOpen(false), [pathname]);
  const sections = sectionsFor(session);
  const toggle = () => setOpen((o) => !o);
  return (
    <Header basic showMobileOverlay={open} className="app-header">
      <div className="usa-nav-container">
        <div className="usa-navbar">
          <Title>
            <Link to="/" title="CSEC MDT hub: home">
              CSEC MDT hub
            </Link>
          </Title>
          {sections.length > 0 && <NavMenuButton onClick={toggle} label="Menu" />}
        </div>
        {sections.length > 0 && (
          <nav aria-label="Main" className={`usa-nav${open ? ' is-visible' : ''}`}>
            <button type="button" className="usa-nav__close" onClick={toggle}>
              <img src={closeIcon} alt="Close the menu" />
            </button>
            <ul className="usa-nav__primary usa-accordion">
              {sections.map(([to, label]) => (
                <li key={to} className="usa-nav__primary-item">
                  <NavLink
                    to={to}
                    end={to === '/'}
                    className={({ isActive }) => `usa-nav-link${isActive ? ' usa-current' : ''}`}
                  >
                    <span>{label}</span>
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </div>
      {session && <ViewerBar session={session} />}
    </Header>
  );
}
