import type { Resolvers } from '../generated/resolvers-types.ts';
import { Consent, Mutation } from './consent.ts';
import { Query } from './query.ts';
import { Youth } from './youth.ts';

export const resolvers: Resolvers = { Query, Mutation, Youth, Consent };
