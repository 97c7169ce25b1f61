const NUMBER = new Intl.NumberFormat('en-US');

/**
 * "1 youth", "312 youths", or "1,000+ youths" where the hub stopped counting (`totalCountCapped`: the
 * caseload is counted up to 1,000 so that its page costs the same in every county; there may be more,
 * never fewer).
 */
export function countOf(total: number, capped: boolean, one: string, many: string): string {
  if (capped) return `${NUMBER.format(total)}+ ${many}`;
  return `${NUMBER.format(total)} ${total === 1 ? one : many}`;
}
