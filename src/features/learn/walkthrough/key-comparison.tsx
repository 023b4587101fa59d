import { useMessages } from '../../../i18n/use-messages';
import { walkthroughMessages } from './walkthrough-messages';

/** HS256 against RS256/ES256: who can sign, who can only verify, and what a breach exposes. */
export function KeyComparison() {
  const messages = useMessages(walkthroughMessages);
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[32rem] border-collapse text-left text-sm">
        <caption className="mb-2 text-left font-medium">
          {messages.keys.title}
          <span className="block font-normal text-slate-600 dark:text-slate-400">{messages.keys.caption}</span>
        </caption>
        <thead>
          <tr className="border-b border-slate-300 dark:border-slate-700">
            <th scope="col" className="py-1 pr-3">
              {messages.keys.columnQuestion}
            </th>
            <th scope="col" className="py-1 pr-3 font-mono">
              HS256
            </th>
            <th scope="col" className="py-1 font-mono">
              RS256 / ES256
            </th>
          </tr>
        </thead>
        <tbody>
          {messages.keys.rows.map((row) => (
            <tr key={row.question} className="border-b border-slate-200 align-top dark:border-slate-800">
              <th scope="row" className="py-1.5 pr-3 font-medium">
                {row.question}
              </th>
              <td className="py-1.5 pr-3">{row.hmac}</td>
              <td className="py-1.5">{row.asymmetric}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
