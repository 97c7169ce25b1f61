import { Accounting } from './Accounting.tsx';
import { Alerts } from './Alerts.tsx';
import { ChainStatus } from './ChainStatus.tsx';
import { PrivacyConsole } from './Console.tsx';
import { PolicyDiff } from './PolicyDiff.tsx';
import { PolicyMatrix } from './PolicyMatrix.tsx';
import { ReviewQueue } from './ReviewQueue.tsx';
import { ViewAs } from './ViewAs.tsx';
import { Viewer } from './Viewer.tsx';

// The privacy office's console: one module the router loads on first use (its own bundle chunk).
export const PRIVACY_PAGES = {
  console: PrivacyConsole,
  accounting: Accounting,
  policy: PolicyMatrix,
  'policy-diff': PolicyDiff,
  'view-as': ViewAs,
  reviews: ReviewQueue,
  chains: ChainStatus,
  viewer: Viewer,
  alerts: Alerts,
};
