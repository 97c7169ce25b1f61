import { useSession } from '../../auth/session.ts';
import { ErrorBox } from '../../components/Status.tsx';
import { Link } from '../../router.tsx';
import { Accounting } from './Accounting.tsx';
import { ChainStatus } from './ChainStatus.tsx';
import { PolicyMatrix } from './PolicyMatrix.tsx';
import { ReviewQueue } from './ReviewQueue.tsx';
import { ViewAs } from './ViewAs.tsx';

const TABS = [
  ['accounting', 'Accounting of disclosures'],
  ['policy', 'Policy matrix'],
  ['view-as', 'View as'],
  ['reviews', 'Emergency reviews'],
  ['chains', 'Audit chains'],
] as const;

/** The privacy officer's console; every part of it is refused by the registry to anyone else. */
export function PrivacyConsole({ tab }: { tab: string }) {
  const session = useSession();
  return (
    <div>
      <h1>Privacy console</h1>
      {session?.purpose !== 'AUDIT' && (
        <ErrorBox title="Purpose">The console works under the Audit purpose; choose it above.</ErrorBox>
      )}
      <nav aria-label="Privacy console" className="tabs">
        <ul>
          {TABS.map(([key, label]) => (
            <li key={key}>
              <Link href={`/privacy/${key}`} aria-current={tab === key ? 'page' : undefined}>
                {label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {tab === 'accounting' && <Accounting />}
      {tab === 'policy' && <PolicyMatrix />}
      {tab === 'view-as' && <ViewAs />}
      {tab === 'reviews' && <ReviewQueue />}
      {tab === 'chains' && <ChainStatus />}
    </div>
  );
}
