import type { DataCategory } from './vocabulary.ts';

/** The statute under which each category is shared with MDT members or the viewer's own agency. */
export const SHARING_BASIS: Record<DataCategory, string> = {
  IDENTITY: 'WIC 827(a)(1)(J); WIC 830',
  CHILD_WELFARE_CASE: 'WIC 827(a)(1)(J); WIC 830',
  PLACEMENT: 'WIC 827(a)(1)(J); WIC 830; Penal Code 293',
  RUNAWAY: 'WIC 830; WIC 16501.35',
  CSEC_INDICATORS: 'WIC 16501.35; WIC 830',
  SAFETY_PLAN: 'WIC 830; WIC 832',
  MENTAL_HEALTH: 'WIC 5328; Civil Code 56.103',
  PSYCHOTHERAPY_NOTES: '45 CFR 164.508(a)(2); WIC 5328',
  SUBSTANCE_USE: '42 CFR 2.12(c)(3)',
  SEXUAL_HEALTH: 'Family Code 6925-6926; Civil Code 56.10',
  PHYSICAL_HEALTH: 'Civil Code 56.103; 45 CFR 164.506',
  EDUCATION: '20 USC 1232g(b)(1)(L); 34 CFR 99.31',
  PROBATION: 'WIC 827; WIC 830',
  DELINQUENCY: 'WIC 827',
  VICTIM_WITNESS: 'WIC 830; Penal Code 293; Evidence Code 1038',
  ATTORNEY_CLIENT: 'Evidence Code 954',
  MDT_NOTES: 'WIC 830, 830.1; WIC 18961.7',
  SUD_COUNSELING_NOTES: '42 CFR 2.11, 2.31(b) (SUD counseling notes)',
  LAW_ENFORCEMENT_RECORDS: 'Penal Code 13753; WIC 830; Penal Code 293',
};

/** The statute that makes a consent the key to each category. */
export const CONSENT_BASIS: Record<DataCategory, string> = {
  ...SHARING_BASIS,
  SUBSTANCE_USE: '42 CFR 2.31, 2.35',
  SEXUAL_HEALTH: 'Family Code 6925-6926; Civil Code 56.11',
  MENTAL_HEALTH: 'WIC 5328; Civil Code 56.11',
  PHYSICAL_HEALTH: 'Civil Code 56.11; 45 CFR 164.508',
  EDUCATION: '20 USC 1232g(b); 34 CFR 99.30',
  VICTIM_WITNESS: 'Evidence Code 1038; Penal Code 293',
};

export const COURT_ORDER_BASIS = 'WIC 827 (JV-570 court order)';
export const NEVER_BASIS: Partial<Record<DataCategory, string>> = {
  PSYCHOTHERAPY_NOTES: '45 CFR 164.508(a)(2); WIC 5328',
  ATTORNEY_CLIENT: 'Evidence Code 954; Business and Professions Code 6068(e)',
  SUD_COUNSELING_NOTES: '42 CFR 2.11, 2.31(b); 45 CFR 164.508(a)(2) (by analogy)',
};
/** The table's "in program": a Part 2 program's own staff, who need the records to treat (42 CFR 2.12(c)(3)). */
export const IN_PROGRAM_BASIS = '42 CFR 2.12(c)(3) (communications within the program)';
export const SCOPE_BASIS = 'WIC 830; WIC 18961.7 (need to know within the MDT)';
export const PART2_NOTICE =
  '42 CFR part 2 prohibits unauthorized use or disclosure of these records. This record, ' +
  'which has been disclosed to you, is protected by federal confidentiality rules (42 CFR part 2). ' +
  'The federal rules prohibit you from using or disclosing it unless authorized by 42 CFR part 2 ' +
  "or by the patient's written consent, and from using it to investigate or prosecute the patient.";
