import { PART2_NOTICE } from '@hub/policies';
import type { SubstanceUseRecordResolvers } from '../generated/resolvers-types.ts';

export const SubstanceUseRecord: SubstanceUseRecordResolvers = {
  // 42 CFR 2.32: the notice travels inside the released record, not only beside the response.
  redisclosureNotice: () => PART2_NOTICE,
};
