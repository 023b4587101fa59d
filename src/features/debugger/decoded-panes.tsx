import { memo } from 'react';
import { useMessages } from '../../i18n/use-messages';
import { headerDeclaresNested, type DecodedToken } from '../../jwt/decode';
import { printJson } from '../../jwt/json';
import { useDebuggerStore } from './debugger-store';
import { JsonPane } from './json-pane';
import { debuggerMessages, type DebuggerMessages } from './messages';

/** The decoded header and payload, each framed in its segment colour and editable where it can be re-encoded. */
export const DecodedPanes = memo(function DecodedPanes({ decoded }: { decoded: DecodedToken }) {
  const messages = useMessages(debuggerMessages);
  const header = decoded.header;
  const headerText = header?.json !== undefined ? printJson(header.json.root) : (header?.text ?? '');
  const payload = payloadPaneProps(decoded, messages);
  const setInput = useDebuggerStore((state) => state.setInput);
  const nestedToken = headerDeclaresNested(header?.value) && decoded.payload?.view?.kind === 'text' ? decoded.payload.view.text : undefined;

  return (
    <div className="flex flex-col gap-3">
      <JsonPane
        part="header"
        title={messages.decoded.headerTitle}
        subtitle={messages.decoded.headerSubtitle}
        text={headerText}
        mode={decoded.form === 'jwe' ? 'read-only' : 'json'}
        token={decoded.token}
        segment={decoded.segments[0] ?? ''}
        rawText={header?.text}
        note={header === undefined || header.text === undefined ? messages.decoded.unavailable : undefined}
        frameClass="border-part-header dark:border-part-header-dark"
      />
      {decoded.form === 'jwe' ? (
        <p className="rounded-lg border-l-4 border-part-payload bg-white p-3 text-sm shadow-sm ring-1 ring-slate-200 dark:border-part-payload-dark dark:bg-slate-900 dark:ring-slate-800">
          {messages.decoded.jweNotice}
        </p>
      ) : (
        <JsonPane
          part="payload"
          title={messages.decoded.payloadTitle}
          subtitle={messages.decoded.payloadSubtitle}
          token={decoded.token}
          segment={decoded.segments[1] ?? ''}
          frameClass="border-part-payload dark:border-part-payload-dark"
          {...payload}
        />
      )}
      {nestedToken !== undefined && (
        <button
          type="button"
          data-testid="open-nested-token"
          onClick={() => setInput(nestedToken)}
          className="self-start rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
        >
          {messages.decoded.openNested}
        </button>
      )}
    </div>
  );
});

function payloadPaneProps(decoded: DecodedToken, messages: DebuggerMessages): { text: string; mode: 'json' | 'text' | 'read-only'; rawText?: string; note?: string } {
  const payload = decoded.payload;
  const view = payload?.view;
  if (view === undefined) {
    return { text: '', mode: 'read-only', note: decoded.segments.length < 2 ? undefined : messages.decoded.unavailable };
  }

  // Re-encoding an unencoded or compressed payload would need its own encoding, so those stay read-only.
  const fixedEncoding = payload?.unencoded === true || payload?.inflated === true;
  let encodingNote: string | undefined;
  if (payload?.inflated === true) encodingNote = messages.decoded.compressedReadOnly;
  else if (payload?.unencoded === true) encodingNote = messages.decoded.unencodedReadOnly;
  switch (view.kind) {
    case 'json':
      return {
        text: printJson(view.json.root),
        mode: fixedEncoding ? 'read-only' : 'json',
        rawText: view.text,
        note: encodingNote,
      };
    case 'text': {
      const textNote = view.text === '' ? messages.decoded.emptyPayload : messages.decoded.text;
      return { text: view.text, mode: fixedEncoding ? 'read-only' : 'text', note: encodingNote ?? textNote };
    }
    case 'binary':
      return { text: view.lossyText, mode: 'read-only', note: messages.decoded.binary };
    case 'compressed':
      return { text: '', mode: 'read-only', note: messages.decoded.inflating };
  }
}
