import { useId } from 'react';
import { format } from '../../../i18n/format';
import { useMessages } from '../../../i18n/use-messages';
import { SUPPORTED_ALGORITHMS } from '../../../jwt/algorithms';
import { signatureMessages } from './messages';
import { FIELD_CLASS, LABEL_CLASS } from './styles';

interface AlgSelectProps {
  /** The header's `alg`, or undefined when the header cannot be read. */
  alg: string | undefined;
  onChange: (alg: string) => void;
}

/** The signing algorithm, taken from the header; choosing another rewrites the header and signs again. */
export function AlgSelect({ alg, onChange }: AlgSelectProps) {
  const messages = useMessages(signatureMessages);
  const id = useId();
  const known = alg === undefined || alg === 'none' || (SUPPORTED_ALGORITHMS as readonly string[]).includes(alg);

  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className={LABEL_CLASS}>
        {messages.algorithm}
      </label>
      <select id={id} data-testid="alg-select" className={FIELD_CLASS} value={alg ?? ''} disabled={alg === undefined} onChange={(event) => onChange(event.target.value)}>
        {alg === undefined && <option value="">—</option>}
        {!known && <option value={alg}>{format(messages.algUnsupportedOption, { alg })}</option>}
        {SUPPORTED_ALGORITHMS.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
        <option value="none">{messages.algNoneOption}</option>
      </select>
    </div>
  );
}
