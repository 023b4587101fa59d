import { create } from 'zustand';
import type { Finding } from '../../../jwt/types';

interface SignatureState {
  /** Findings that need a secret or key (weak-secret, key-normalized, …), shown with the decoder's. */
  findings: Finding[];
}

/** Signature verification state. Secrets and keys live only here, in memory, never in storage. */
export const useSignatureStore = create<SignatureState>()(() => ({
  findings: [],
}));
