import type { Session } from '../../auth/session.ts';
import { filterVariables, type Filters } from './filters.ts';

/** The gateway's file route for the statement (gateway/src/statement-export.ts), with the filters on screen. */
export function statementFileUrl(format: 'csv' | 'pdf', filters: Filters, denials: 'APART' | 'OUT', from: string) {
  const v = filterVariables(filters);
  const q = new URLSearchParams({ youthId: v.youthId, from, denials });
  if (v.to) q.set('to', v.to);
  if (v.viewerSub) q.set('viewerSub', v.viewerSub);
  if (v.categories) q.set('categories', v.categories.join(','));
  if (v.access) q.set('access', v.access.join(','));
  q.set('parts', filters.parts.join(','));
  return `/export/statement.${format}?${q}`;
}

/**
 * Downloads the statement file with the officer's token (a plain link cannot carry it). The gateway
 * streams the file; the browser keeps it as a Blob (which it may keep on disk) until it is saved.
 */
export async function downloadStatement(url: string, session: Session): Promise<void> {
  const response = await fetch(url, {
    headers: { authorization: `Bearer ${session.token}`, 'x-purpose-of-use': session.purpose },
  });
  if (!response.ok) {
    let message = `The hub answered ${response.status}.`;
    try {
      message = ((await response.json()) as { errors?: { message: string }[] }).errors?.[0]?.message ?? message;
    } catch {
      // the status says enough
    }
    throw new Error(message);
  }
  const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'statement';
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await response.blob());
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}
