import { useId } from 'react';
import { useMessages } from '../../../i18n/use-messages';
import { SECRET_ENCODINGS, type SecretEncoding } from '../../../jwt/secret';
import { signatureMessages } from './messages';
import { useSignatureStore } from './signature-store';
import { FIELD_CLASS, HELP_CLASS, LABEL_CLASS } from './styles';

/** The HMAC secret and how its text becomes key bytes. */
export function SecretFields() {
  const messages = useMessages(signatureMessages);
  const secret = useSignatureStore((state) => state.secret);
  const encoding = useSignatureStore((state) => state.secretEncoding);
  const setSecret = useSignatureStore((state) => state.setSecret);
  const setEncoding = useSignatureStore((state) => state.setSecretEncoding);
  const id = useId();

  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-secret`} className={LABEL_CLASS}>
          {messages.secret.label}
        </label>
        <textarea
          id={`${id}-secret`}
          data-testid="secret-input"
          rows={2}
          value={secret}
          placeholder={messages.secret.placeholder}
          spellCheck={false}
          autoComplete="off"
          aria-describedby={`${id}-help`}
          className={FIELD_CLASS}
          onChange={(event) => setSecret(event.target.value)}
        />
        <p id={`${id}-help`} className={HELP_CLASS}>
          {messages.secret.help}
        </p>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-encoding`} className={LABEL_CLASS}>
          {messages.secret.encoding}
        </label>
        <select
          id={`${id}-encoding`}
          data-testid="secret-encoding"
          value={encoding}
          className={FIELD_CLASS}
          onChange={(event) => setEncoding(event.target.value as SecretEncoding)}
        >
          {SECRET_ENCODINGS.map((name) => (
            <option key={name} value={name}>
              {messages.encodings[name]}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
