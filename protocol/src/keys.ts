import type { CryptoKey, KeyObject } from 'jose';
export type KeyLike = CryptoKey | KeyObject | Uint8Array;
