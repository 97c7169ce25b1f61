import { youthLabel } from '@hub/policies/vocabulary';

/**
 * A youth whose name the viewer may not see still needs a name on the page: a stable, readable
 * label from the hub id ("Youth 187D"), the same everywhere, revealing nothing the id does not.
 * @hub/policies/label derives it; the registry's caseload search finds youths by it.
 */
export { youthLabel };

/** The youth's name as the viewer may see it, else the label. */
export const youthName = (youth: { id: string; displayName?: string | null }) =>
  youth.displayName ?? youthLabel(youth.id);
