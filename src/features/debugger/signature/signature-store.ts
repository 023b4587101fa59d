import { create } from 'zustand';
import type { SecretEncoding } from '../../../jwt/secret';
import type { Reason, SignatureCheck } from '../../../jwt/signature-types';
import type { Finding } from '../../../jwt/types';

/** The background search of publicly known HMAC secrets for one token. */
export interface KnownSecretState {
  state: 'idle' | 'running' | 'done' | 'timed-out' | 'failed';
  /** The token the search ran for; a result for an older token is not shown. */
  token: string;
  tried: number;
  total: number;
  match?: string;
}

interface SignatureState {
  secret: string;
  secretEncoding: SecretEncoding;
  publicKey: string;
  privateKey: string;
  /** Verify with the key the token carries in its `jwk` or `x5c` header. Off until the user turns it on. */
  useHeaderKey: boolean;
  /** A token produced by an edit that could not be signed again, so it carries the old signature. */
  editedToken: string | null;
  /** The reason the last edit could not be signed again. */
  resignProblem: Reason | null;
  check: SignatureCheck | null;
  knownSecret: KnownSecretState;
  /** Findings that need a secret or key (weak-secret, key-normalized, …), shown with the decoder's. */
  findings: Finding[];
  setSecret: (secret: string) => void;
  setSecretEncoding: (encoding: SecretEncoding) => void;
  setPublicKey: (publicKey: string) => void;
  setPrivateKey: (privateKey: string) => void;
  setUseHeaderKey: (use: boolean) => void;
  setEdited: (token: string | null, problem: Reason | null) => void;
  setCheck: (check: SignatureCheck | null) => void;
  setKnownSecret: (knownSecret: KnownSecretState) => void;
}

const IDLE: KnownSecretState = { state: 'idle', token: '', tried: 0, total: 0 };

function combineFindings(check: SignatureCheck | null, knownSecret: KnownSecretState): Finding[] {
  const findings = [...(check?.findings ?? [])];
  if (knownSecret.match !== undefined) findings.push({ code: 'known-secret', severity: 'danger' });
  return findings;
}

/** Signature verification state. Secrets and keys live only here, in memory, never in storage. */
export const useSignatureStore = create<SignatureState>()((set) => ({
  secret: '',
  secretEncoding: 'utf8',
  publicKey: '',
  privateKey: '',
  useHeaderKey: false,
  editedToken: null,
  resignProblem: null,
  check: null,
  knownSecret: IDLE,
  findings: [],
  setSecret: (secret) => set({ secret }),
  setSecretEncoding: (secretEncoding) => set({ secretEncoding }),
  setPublicKey: (publicKey) => set({ publicKey }),
  setPrivateKey: (privateKey) => set({ privateKey }),
  setUseHeaderKey: (useHeaderKey) => set({ useHeaderKey }),
  setEdited: (editedToken, resignProblem) => set({ editedToken, resignProblem }),
  setCheck: (check) => set((state) => ({ check, findings: combineFindings(check, state.knownSecret) })),
  setKnownSecret: (knownSecret) => set((state) => ({ knownSecret, findings: combineFindings(state.check, knownSecret) })),
}));
