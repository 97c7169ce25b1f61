import { SummaryBox, SummaryBoxContent, SummaryBoxHeading } from '@trussworks/react-uswds';

/** The 42 CFR 2.32 notice that must accompany released substance-use treatment records. */
export function Part2Notice({
  obligations,
}: {
  obligations: { code: string; text: string; consentScope?: string[] }[] | undefined;
}) {
  const notice = obligations?.find((o) => o.code === 'PART2_REDISCLOSURE_NOTICE');
  if (!notice) return null;
  return (
    <SummaryBox className="app-part2" data-testid="part2-notice">
      <SummaryBoxHeading headingLevel="h2">42 CFR 2.32 notice: substance-use treatment records</SummaryBoxHeading>
      <SummaryBoxContent>
        <p>{notice.text}</p>
        {notice.consentScope?.length ? (
          <>
            {/* 42 CFR 2.32(a)(2) (2024): the scope of the consent each disclosure was made under. */}
            <p className="text-bold margin-bottom-05">Disclosed with the youth&apos;s consent. Its scope:</p>
            <ul className="margin-top-0" data-testid="part2-consent-scope">
              {notice.consentScope.map((scope) => (
                <li key={scope}>{scope}</li>
              ))}
            </ul>
          </>
        ) : null}
      </SummaryBoxContent>
    </SummaryBox>
  );
}
