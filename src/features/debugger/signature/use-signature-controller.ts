import { useEffect, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { decodeToken } from '../../../jwt/decode';
import { useDebuggerStore, type TokenEdit } from '../debugger-store';
import { loadEngine } from './load-engine';
import { useSignatureStore } from './signature-store';

/**
 * Keeps the signature check in step with the token and the key fields, checking as the user types.
 * Each run has a sequence number and only the newest run stores its result, so a slow earlier
 * check never overwrites a newer one.
 */
export function useSignatureCheck(): void {
  const input = useDebuggerStore((state) => state.input);
  const fields = useSignatureStore(
    useShallow((state) => ({
      secret: state.secret,
      secretEncoding: state.secretEncoding,
      publicKey: state.publicKey,
      privateKey: state.privateKey,
      useHeaderKey: state.useHeaderKey,
      editedToken: state.editedToken,
    })),
  );
  const setCheck = useSignatureStore((state) => state.setCheck);
  const sequence = useRef(0);

  useEffect(() => {
    const run = ++sequence.current;
    const { editedToken, ...request } = fields;
    void loadEngine().then(async (engine) => {
      const check = await engine.checkSignature({ ...request, decoded: decodeToken(input), editedAfterSigning: editedToken === input });
      if (run === sequence.current) setCheck(check);
    });
  }, [input, fields, setCheck]);
}

/**
 * Signs the token again after each edit of the decoded header or payload (and after an `alg`
 * change), with the current secret or private key. The result replaces the token only while the
 * editor still contains the edited token, so a newer edit or paste wins. Without a usable key the
 * edited token keeps its old signature and is marked as edited after signing.
 */
export function useResignOnEdit(): void {
  useEffect(
    () =>
      useDebuggerStore.subscribe((state, previous) => {
        if (state.lastEdit !== null && state.lastEdit !== previous.lastEdit) void resign(state.lastEdit);
      }),
    [],
  );
}

/** Signs `token` with the current key fields and puts the result in the editor, if it is still current. */
export async function resign(edit: TokenEdit): Promise<void> {
  const engine = await loadEngine();
  const { secret, secretEncoding, privateKey, setEdited } = useSignatureStore.getState();
  const result = await engine.signToken({ token: edit.token, secret, secretEncoding, privateKey });
  const debuggerState = useDebuggerStore.getState();
  if (debuggerState.input !== edit.token) return;
  if (result.ok) {
    setEdited(null, null);
    if (result.value !== edit.token) debuggerState.setInput(result.value);
  } else {
    setEdited(edit.token, result.error);
  }
}
