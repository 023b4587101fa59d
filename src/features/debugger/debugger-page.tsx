import { useEffect, useMemo, useState } from 'react';
import { useMessages } from '../../i18n/use-messages';
import { decodeToken, inflatePayload, type DecodedToken } from '../../jwt/decode';
import { findTokenIssues } from '../../jwt/findings';
import type { Finding } from '../../jwt/types';
import { ClaimsTable } from './claims-table';
import { DecodedPanes } from './decoded-panes';
import { useDebuggerStore } from './debugger-store';
import { FindingsList } from './findings-list';
import { debuggerMessages } from './messages';
import { SignaturePanel } from './signature/signature-panel';
import { useSignatureStore } from './signature/signature-store';
import { TokenEditor } from './token-editor';
import { TokenErrors } from './token-errors';
import { useLocationToken } from './use-location-token';
import { useNowSeconds } from './use-now';

/**
 * Decodes synchronously during render, so a pasted token is shown in the next frame; only a
 * compressed payload waits for the asynchronous inflate.
 */
function useDecodedToken(input: string): DecodedToken {
  const decoded = useMemo(() => decodeToken(input), [input]);
  const [inflated, setInflated] = useState<{ source: DecodedToken; result: DecodedToken } | null>(null);

  useEffect(() => {
    if (decoded.payload?.view?.kind !== 'compressed') return;
    let current = true;
    void inflatePayload(decoded).then((result) => {
      if (current) setInflated({ source: decoded, result });
    });
    return () => {
      current = false;
    };
  }, [decoded]);

  return inflated?.source === decoded ? inflated.result : decoded;
}

const SEVERITY_RANK: Record<Finding['severity'], number> = { info: 0, warning: 1, danger: 2 };

/**
 * Combines the decoder's findings with the signature checks'. When both report the same code (a
 * key in the header, which the signature check escalates once that key is used), the more severe
 * one is kept, so each finding appears once.
 */
function mergeFindings(decodeFindings: Finding[], signatureFindings: Finding[]): Finding[] {
  const merged = [...decodeFindings];
  for (const finding of signatureFindings) {
    const index = merged.findIndex((existing) => existing.code === finding.code && finding.code === 'key-in-header');
    if (index < 0) merged.push(finding);
    else if (SEVERITY_RANK[finding.severity] >= SEVERITY_RANK[(merged[index] as Finding).severity]) merged[index] = finding;
  }
  return merged;
}

/** The debugger route: encoded token on the left, decoded parts, claims, findings and signature on the right. */
export function DebuggerPage() {
  const messages = useMessages(debuggerMessages);
  const input = useDebuggerStore((state) => state.input);
  const signatureFindings = useSignatureStore((state) => state.findings);
  const movedFromQuery = useLocationToken();
  const now = useNowSeconds();
  const decoded = useDecodedToken(input);
  const findings = useMemo(() => mergeFindings(findTokenIssues(decoded, now), signatureFindings), [decoded, now, signatureFindings]);

  const headerRoot = decoded.header?.json?.root;
  const payloadView = decoded.payload?.view;
  const payloadRoot = payloadView?.kind === 'json' && payloadView.json.root.type === 'object' ? payloadView.json.root : undefined;

  return (
    <div className="flex flex-col gap-4">
      <header>
        <h1 className="text-2xl font-bold tracking-tight">{messages.title}</h1>
        <p className="text-slate-700 dark:text-slate-300">{messages.intro}</p>
      </header>

      {movedFromQuery && (
        <p role="status" data-testid="query-moved" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950/60 dark:text-amber-50">
          {messages.notices.movedFromQuery}
        </p>
      )}

      <div className="grid gap-6 lg:grid-cols-2">
        <div className="flex min-w-0 flex-col gap-4">
          <TokenEditor decoded={decoded} />
          {decoded.form === 'empty' ? (
            <p className="text-sm text-slate-600 dark:text-slate-400">{messages.encoded.empty}</p>
          ) : (
            <aside className="rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-800 dark:bg-slate-900 dark:text-slate-200">
              <p>{messages.notices.readable}</p>
              <p className="mt-1">{messages.notices.notVerified}</p>
              <p className="mt-1">{messages.notices.local}</p>
            </aside>
          )}
          {decoded.form !== 'empty' && <FindingsList findings={findings} now={now} />}
        </div>

        <div className="flex min-w-0 flex-col gap-4">
          <TokenErrors errors={decoded.errors} />
          {decoded.form !== 'empty' && <DecodedPanes decoded={decoded} />}
          <SignaturePanel />
          {payloadRoot !== undefined && <ClaimsTable kind="payload" root={payloadRoot} now={now} />}
          {headerRoot?.type === 'object' && <ClaimsTable kind="header" root={headerRoot} now={now} />}
        </div>
      </div>
    </div>
  );
}
