import type { Coding } from '@medplum/fhirtypes';
import {
  CATEGORY_HL7,
  CATEGORY_LABEL,
  DATA_CATEGORIES,
  PURPOSE_HL7,
  PURPOSES,
  type DataCategory,
  type PurposeOfUse,
} from '@hub/policies';
import { SYSTEM } from './systems.ts';

// Purposes and categories both map onto HL7 codes that are coarser than the hub's (HLEGAL is
// court-ordered and prosecution; SOC is three categories): the HL7 code goes out for readers who
// know only HL7, and the hub's own code goes beside it wherever the HL7 code alone is ambiguous.

const HL7_DISPLAY: Record<string, string> = {
  COC: 'coordination of care',
  BTG: 'break the glass',
  HCOMPL: 'health compliance',
  HLEGAL: 'legal',
  DEMO: 'all demographic information sensitivity',
  SOC: 'social services information sensitivity',
  LOCIS: 'location information sensitivity',
  SDV: 'sexual assault, abuse, or domestic violence information sensitivity',
  MH: 'mental health information sensitivity',
  PSYTHPN: 'psychotherapy note information sensitivity',
  ETH: 'substance abuse information sensitivity',
  SEX: 'sexuality and reproductive health information sensitivity',
};

const PURPOSE_LABEL: Record<PurposeOfUse, string> = {
  CARE_COORDINATION: 'care coordination',
  EMERGENCY: 'emergency (break-glass) access',
  AUDIT: "privacy officers' audit",
  COURT_ORDERED: 'under a court order',
  PROSECUTION: 'prosecution of exploiters',
};

function inverse<K extends string>(map: Record<K, string | null>): Map<string, K[]> {
  const out = new Map<string, K[]>();
  for (const [key, code] of Object.entries(map) as [K, string | null][]) {
    if (code) out.set(code, [...(out.get(code) ?? []), key]);
  }
  return out;
}

/** HL7 v3 ActReason code -> the hub purposes it stands for. */
export const PURPOSES_OF_HL7 = inverse(PURPOSE_HL7);
/** HL7 v3 ActCode sensitivity code -> the hub categories it stands for. */
export const CATEGORIES_OF_HL7 = inverse(CATEGORY_HL7);

/** The vocabulary's order, so an export reads the same whatever order the form listed things in. */
export const inOrder = <T extends string>(all: readonly T[], some: Iterable<T>): T[] => {
  const set = new Set(some);
  return all.filter((x) => set.has(x));
};

const hl7 = (system: string, code: string): Coding => ({
  system,
  code,
  ...(HL7_DISPLAY[code] ? { display: HL7_DISPLAY[code] } : {}),
});

/** provision.purpose: the HL7 PurposeOfUse code, and the hub's code where the HL7 code is shared. */
export function purposeCodings(purposes: readonly PurposeOfUse[]): Coding[] {
  const out: Coding[] = [];
  for (const purpose of inOrder(PURPOSES, purposes)) {
    const code = PURPOSE_HL7[purpose];
    if (!out.some((c) => c.system === SYSTEM.actReason && c.code === code)) out.push(hl7(SYSTEM.actReason, code));
    if (PURPOSES_OF_HL7.get(code)!.length > 1) {
      out.push({ system: SYSTEM.purposeOfUse, code: purpose, display: PURPOSE_LABEL[purpose] });
    }
  }
  return out;
}

/**
 * provision.securityLabel: each category's HL7 sensitivity code, or the hub's category code where
 * HL7 has none; provision.class: every category by the hub's code, exactly.
 */
export function categoryCodings(categories: readonly DataCategory[]): { securityLabel: Coding[]; class: Coding[] } {
  const securityLabel: Coding[] = [];
  const classes: Coding[] = [];
  for (const category of inOrder(DATA_CATEGORIES, categories)) {
    const code = CATEGORY_HL7[category];
    const label = code
      ? hl7(SYSTEM.actCode, code)
      : { system: SYSTEM.dataCategory, code: category, display: CATEGORY_LABEL[category] };
    if (!securityLabel.some((c) => c.system === label.system && c.code === label.code)) securityLabel.push(label);
    classes.push({ system: SYSTEM.dataCategory, code: category, display: CATEGORY_LABEL[category] });
  }
  return { securityLabel, class: classes };
}

const named = (c: Coding) => `${c.system ?? '(no system)'}|${c.code ?? '(no code)'}`;

/** The hub purposes of provision.purpose, or what is wrong with it. */
export function purposesFrom(codings: readonly Coding[], problems: string[]): PurposeOfUse[] {
  const found = new Set<PurposeOfUse>();
  const ambiguous = new Set<string>();
  for (const coding of codings) {
    const hl7Purposes = coding.system === SYSTEM.actReason ? PURPOSES_OF_HL7.get(coding.code ?? '') : undefined;
    if (hl7Purposes?.length === 1) found.add(hl7Purposes[0]!);
    else if (hl7Purposes) ambiguous.add(coding.code!);
    else if (coding.system === SYSTEM.purposeOfUse && PURPOSES.includes(coding.code as PurposeOfUse)) {
      found.add(coding.code as PurposeOfUse);
    } else {
      problems.push(
        `provision.purpose ${named(coding)} is not a purpose the hub knows (HL7 v3 ActReason ${[...PURPOSES_OF_HL7.keys()].join(', ')}, or ${SYSTEM.purposeOfUse})`,
      );
    }
  }
  for (const code of ambiguous) {
    const meant = PURPOSES_OF_HL7.get(code)!;
    if (!meant.some((p) => found.has(p))) {
      problems.push(
        `provision.purpose ${code} stands for ${meant.join(' and ')} here: add a coding of ${SYSTEM.purposeOfUse} saying which`,
      );
    }
  }
  if (!codings.length) problems.push('provision.purpose must name at least one purpose of use');
  return inOrder(PURPOSES, found);
}

/** The hub categories of provision.class and provision.securityLabel, or what is wrong with them. */
export function categoriesFrom(
  labels: readonly Coding[],
  classes: readonly Coding[],
  problems: string[],
): DataCategory[] {
  const hubCode = (c: Coding) =>
    c.system === SYSTEM.dataCategory && DATA_CATEGORIES.includes(c.code as DataCategory)
      ? (c.code as DataCategory)
      : undefined;
  const listed = new Set<DataCategory>();
  for (const coding of classes) {
    const category = hubCode(coding);
    if (category) listed.add(category);
    else problems.push(`provision.class ${named(coding)} is not a data category of the hub (${SYSTEM.dataCategory})`);
  }
  const fromLabels = new Set<DataCategory>();
  for (const coding of labels) {
    const hub = hubCode(coding);
    const meant = hub ? [hub] : coding.system === SYSTEM.actCode ? CATEGORIES_OF_HL7.get(coding.code ?? '') : undefined;
    if (!meant) {
      problems.push(
        `provision.securityLabel ${named(coding)} is not a sensitivity the hub knows (HL7 v3 ActCode ${[...CATEGORIES_OF_HL7.keys()].join(', ')}, or ${SYSTEM.dataCategory})`,
      );
    } else if (listed.size) {
      if (!meant.some((c) => listed.has(c))) {
        problems.push(`provision.securityLabel ${named(coding)} names data that provision.class does not list`);
      }
    } else if (meant.length > 1) {
      problems.push(
        `provision.securityLabel ${coding.code} stands for ${meant.join(', ')} here: list the categories in provision.class (${SYSTEM.dataCategory})`,
      );
    } else fromLabels.add(meant[0]!);
  }
  const categories = listed.size ? listed : fromLabels;
  if (!labels.length && !classes.length) {
    problems.push(
      `provision must name the data it opens: provision.class (${SYSTEM.dataCategory}) or provision.securityLabel`,
    );
  }
  return inOrder(DATA_CATEGORIES, categories);
}
