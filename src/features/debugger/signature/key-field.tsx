import { useId, useState } from 'react';
import { useMessages } from '../../../i18n/use-messages';
import type { KeyFormat } from '../../../jwt/convert';
import { describeReason } from './describe-signature';
import { loadEngine } from './load-engine';
import { signatureMessages } from './messages';
import { BUTTON_CLASS, FIELD_CLASS, HELP_CLASS, LABEL_CLASS } from './styles';

interface KeyFieldProps {
  kind: 'public' | 'private';
  value: string;
  onChange: (value: string) => void;
}

/** A key textarea with buttons that rewrite the key as PEM or as JWK. */
export function KeyField({ kind, value, onChange }: KeyFieldProps) {
  const messages = useMessages(signatureMessages);
  const text = kind === 'public' ? messages.publicKey : messages.privateKey;
  const [error, setError] = useState<string | null>(null);
  const id = useId();

  const convert = async (format: KeyFormat) => {
    const engine = await loadEngine();
    const result = await engine.convertKeyText(value, format);
    if (result.ok) {
      setError(null);
      onChange(result.value);
    } else {
      setError(describeReason(result.error, messages));
    }
  };

  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className={LABEL_CLASS}>
        {text.label}
      </label>
      <textarea
        id={id}
        data-testid={`${kind}-key-input`}
        rows={5}
        value={value}
        spellCheck={false}
        autoComplete="off"
        aria-describedby={`${id}-help`}
        className={`${FIELD_CLASS} text-xs`}
        onChange={(event) => {
          setError(null);
          onChange(event.target.value);
        }}
      />
      <p id={`${id}-help`} className={HELP_CLASS}>
        {text.help}
      </p>
      <div className="flex flex-wrap gap-2">
        <button type="button" data-testid={`${kind}-key-to-pem`} className={BUTTON_CLASS} disabled={value.trim() === ''} onClick={() => void convert('pem')}>
          {messages.actions.showPem}
        </button>
        <button type="button" data-testid={`${kind}-key-to-jwk`} className={BUTTON_CLASS} disabled={value.trim() === ''} onClick={() => void convert('jwk')}>
          {messages.actions.showJwk}
        </button>
      </div>
      {error !== null && (
        <p role="alert" data-testid="key-convert-error" className="text-sm text-red-800 dark:text-red-300">
          {error}
        </p>
      )}
    </div>
  );
}
