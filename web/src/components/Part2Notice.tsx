import { SummaryBox, SummaryBoxContent, SummaryBoxHeading } from '@trussworks/react-uswds';

/** The 42 CFR 2.32 notice that must accompany released substance-use treatment records. */
export function Part2Notice({ obligations }: { obligations: { code: string; text: string }[] | undefined }) {
  const notice = obligations?.find((o) => o.code === 'PART2_REDISCLOSURE_NOTICE');
  if (!notice) return null;
  return (
    <SummaryBox className="app-part2" data-testid="part2-notice">
      <SummaryBoxHeading headingLevel="h2">42 CFR 2.32 notice: substance-use treatment records</SummaryBoxHeading>
      <SummaryBoxContent>
        <p>{notice.text}</p>
      </SummaryBoxContent>
    </SummaryBox>
  );
}
