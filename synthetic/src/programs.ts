import { Faker, en } from '@faker-js/faker';
import type { HealthCase } from './health.ts';
import type { SyntheticYouth } from './types.ts';

/**
 * The programs that treat youths (issue 19, item 5): Health's 42 CFR Part 2 substance-use programs,
 * who works in each, and which youths each treats; and the counsellors' own SUD counseling notes
 * (42 CFR 2.11, 2024), which Health keeps apart. Drawn from its own seed after everything else,
 * so adding it changed no existing value.
 */
export interface TreatmentProgram {
  id: string;
  agency: 'HEALTH';
  name: string;
  staff: { personId: string; name: string; fromDate: string; toDate: string | null }[];
  youths: { youthId: string; admittedOn: string }[];
}

export interface SudCounselingNote {
  youthId: string;
  localId: string;
  writtenOn: string;
  /** The counsellor's person id (the token's `sub`): only the author reads the note. */
  authorId: string;
  author: string;
  text: string;
}

const PROGRAM_SEED = 20191;
const NOTES = [
  'Counseling session: reviewed triggers at the placement and a plan for the weekend; youth named one sober support.',
  'Motivational interviewing: youth weighed the pros and cons of cutting down and chose a small goal for the week.',
  'Relapse-prevention session: practised refusal skills through role-play; youth asked to continue.',
  'Group debrief: youth shared a difficult week and identified a coping skill that helped.',
];

const day = (d: Date) => d.toISOString().slice(0, 10);
const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * One program per program name in Health's records, with one counsellor of its own; the demo's
 * clinician (clin-okafor) works in the programs of the demo youths (0 and 1), so the demo shows a
 * treating clinician next to one who is not in the program. Counseling notes for youths in treatment.
 */
export function generatePrograms(
  youths: readonly SyntheticYouth[],
  health: readonly HealthCase[],
  today: Date,
): { programs: TreatmentProgram[]; notes: SudCounselingNote[] } {
  const f = new Faker({ locale: [en] });
  f.seed(PROGRAM_SEED);
  f.setDefaultRefDate(today);
  const demo = new Set(youths.slice(0, 2).map((y) => y.id));
  const programs = new Map<string, TreatmentProgram>();
  const notes: SudCounselingNote[] = [];
  for (const h of health) {
    if (!h.substanceUse) continue;
    const id = `prog-${slug(h.substanceUse.programName)}`;
    let program = programs.get(id);
    if (!program) {
      const counsellor = `${f.person.firstName()} ${f.person.lastName()}`;
      program = {
        id,
        agency: 'HEALTH',
        name: h.substanceUse.programName,
        staff: [
          {
            personId: `sud-${f.string.alphanumeric({ length: 6, casing: 'lower' })}`,
            name: counsellor,
            fromDate: day(f.date.past({ years: 3 })),
            toDate: null,
          },
        ],
        youths: [],
      };
      programs.set(id, program);
    }
    program.youths.push({ youthId: h.youthId, admittedOn: h.substanceUse.admittedOn });
    const inDemo = demo.has(h.youthId);
    if (inDemo && !program.staff.some((s) => s.personId === 'clin-okafor')) {
      program.staff.push({ personId: 'clin-okafor', name: 'Ada Okafor', fromDate: '2024-01-01', toDate: null });
    }
    if (h.substanceUse.status !== 'IN_TREATMENT' && !inDemo) continue;
    const author = inDemo ? { personId: 'clin-okafor', name: 'Ada Okafor' } : program.staff[0]!;
    const count = f.number.int({ min: inDemo ? 2 : 0, max: 3 });
    for (let i = 0; i < count; i++) {
      notes.push({
        youthId: h.youthId,
        localId: h.localId,
        writtenOn: day(f.date.recent({ days: 120 })),
        authorId: author.personId,
        author: author.name,
        text: f.helpers.arrayElement(NOTES),
      });
    }
  }
  notes.sort((a, b) => a.localId.localeCompare(b.localId) || a.writtenOn.localeCompare(b.writtenOn));
  return { programs: [...programs.values()], notes };
}
