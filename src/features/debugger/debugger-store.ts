import { create } from 'zustand';
import { SAMPLE_TOKEN } from '../../jwt/samples';

/** The last change to the token that came from editing the decoded header or payload. */
export interface TokenEdit {
  /** Increases with every edit, so a slow re-sign can tell that a newer edit replaced its input. */
  sequence: number;
  /** The re-encoded token, still carrying the signature it had before the edit. */
  token: string;
}

interface DebuggerState {
  /** The text of the token editor, exactly as typed or pasted. */
  input: string;
  lastEdit: TokenEdit | null;
  /** The user asked to keep the token in this browser (off by default: tokens are credentials). */
  rememberToken: boolean;
  setInput: (input: string) => void;
  /** Replaces the token after an edit of the decoded header or payload. */
  applyEdit: (token: string) => void;
  setRememberToken: (remember: boolean) => void;
}

const REMEMBER_KEY = 'jwt-lab.remembered-token';

function readRememberedToken(): string | null {
  try {
    return globalThis.localStorage?.getItem(REMEMBER_KEY) ?? null;
  } catch {
    return null;
  }
}

function writeRememberedToken(token: string | null): void {
  try {
    if (token === null) globalThis.localStorage?.removeItem(REMEMBER_KEY);
    else globalThis.localStorage?.setItem(REMEMBER_KEY, token);
  } catch {
    // Storage is unavailable; the token then lives only as long as the page.
  }
}

const remembered = readRememberedToken();
let editSequence = 0;

/** Debugger inputs. Decoding is derived from `input` in the components, never stored. */
export const useDebuggerStore = create<DebuggerState>()((set, get) => ({
  input: remembered ?? SAMPLE_TOKEN,
  lastEdit: null,
  rememberToken: remembered !== null,
  setInput: (input) => {
    if (get().rememberToken) writeRememberedToken(input);
    set({ input });
  },
  applyEdit: (token) => {
    editSequence += 1;
    if (get().rememberToken) writeRememberedToken(token);
    set({ input: token, lastEdit: { sequence: editSequence, token } });
  },
  setRememberToken: (remember) => {
    writeRememberedToken(remember ? get().input : null);
    set({ rememberToken: remember });
  },
}));
