import { signatureParams, type AlgorithmSpec } from './algorithms';
import { importSecret } from './verify-primitives';

/**
 * HMAC secrets that are public: defaults of frameworks and starter projects, values from tutorials
 * and documentation, placeholders such as `your-256-bit-secret`, and everyday words people pick.
 * A token that verifies with one of them can be forged by anyone.
 */
const BASE_SECRETS = [
  'secret', 'secretkey', 'secret-key', 'secret_key', 'secretKey', 'SecretKey', 'SECRET_KEY', 'mysecret', 'my-secret', 'my_secret',
  'mySecret', 'MySecret', 'mysecretkey', 'my-secret-key', 'my_secret_key', 'mySecretKey', 'supersecret', 'super-secret', 'super_secret',
  'supersecretkey', 'super-secret-key', 'super_secret_key', 'topsecret', 'top-secret', 'verysecret', 'very-secret', 'notsosecret',
  'secret123', 'secret1234', 'secret12345', 'secret!', 'secret1', 'Secret123', 'secretpassword', 'secret-password', 'thisisasecret',
  'this-is-a-secret', 'this_is_a_secret', 'thisismysecret', 'this-is-my-secret', 'thisisasecretkey', 'thisismysecretkey',
  'jwt', 'jwtsecret', 'jwt-secret', 'jwt_secret', 'jwtSecret', 'JwtSecret', 'JWT_SECRET', 'jwt-secret-key', 'jwt_secret_key',
  'jwtSecretKey', 'jwtkey', 'jwt-key', 'jwt_key', 'jwtKey', 'jwtpassword', 'jwt-token-secret', 'jwt_token_secret', 'jwttokensecret',
  'token', 'tokensecret', 'token-secret', 'token_secret', 'tokenSecret', 'TOKEN_SECRET', 'access-token-secret', 'access_token_secret',
  'accessTokenSecret', 'ACCESS_TOKEN_SECRET', 'refresh-token-secret', 'refresh_token_secret', 'refreshTokenSecret', 'REFRESH_TOKEN_SECRET',
  'auth', 'authsecret', 'auth-secret', 'auth_secret', 'authSecret', 'AUTH_SECRET', 'authkey', 'auth-key', 'auth_key',
  'key', 'key1', 'key123', 'mykey', 'my-key', 'my_key', 'myKey', 'privatekey', 'private-key', 'private_key', 'privateKey',
  'signingkey', 'signing-key', 'signing_key', 'signingKey', 'signing-secret', 'signing_secret', 'signingSecret', 'SIGNING_SECRET',
  'hmac', 'hmacsecret', 'hmac-secret', 'hmac_secret', 'hmackey', 'hmac-key', 'hmac_key', 'HMAC_SECRET',
  'your-256-bit-secret', 'your-384-bit-secret', 'your-512-bit-secret', 'your-secret', 'your_secret', 'yoursecret', 'your-secret-key',
  'your_secret_key', 'yoursecretkey', 'your-jwt-secret', 'your_jwt_secret', 'YOUR_SECRET', 'YOUR_SECRET_KEY', 'YOUR_JWT_SECRET',
  'your-super-secret-key', 'your_super_secret_key', 'your-very-secret-key', 'your-secret-here', 'your_secret_here', 'secret-here',
  'put-your-secret-here', 'replace-me', 'replace_me', 'replaceme', 'REPLACE_ME', 'change-me', 'change_me', 'changeme', 'CHANGE_ME',
  'changeit', 'change-this', 'change_this', 'changethis', 'change-this-secret', 'change-this-in-production', 'change_this_in_production',
  'please-change-me', 'todo', 'TODO', 'fixme', 'default', 'defaultsecret', 'default-secret', 'default_secret', 'defaultkey',
  'development', 'dev', 'devsecret', 'dev-secret', 'dev_secret', 'test', 'testing', 'testsecret', 'test-secret', 'test_secret',
  'test123', 'testkey', 'test-key', 'test_key', 'example', 'examplesecret', 'example-secret', 'example_secret', 'example-key',
  'demo', 'demosecret', 'demo-secret', 'sample', 'sample-secret', 'local', 'localsecret', 'insecure', 'not-a-secret', 'notasecret',
  'password', 'password1', 'password123', 'Password', 'Password1', 'Password123', 'passw0rd', 'P@ssw0rd', 'p@ssw0rd', 'pass', 'pass123',
  'admin', 'admin123', 'administrator', 'root', 'toor', 'qwerty', 'qwerty123', 'letmein', 'welcome', 'welcome1', 'iloveyou', 'monkey',
  'dragon', 'master', 'login', 'abc123', 'abcdef', 'abcdefg', 'abcdefgh', 'abc', 'aaa', 'aaaa', 'aaaaaaaa', 'xxx', 'zzz', 'foo', 'bar',
  'foobar', 'baz', 'hello', 'helloworld', 'hello-world', 'hello_world', 'hello world', 'Hello World', 'world',
  '1', '12', '123', '1234', '12345', '123456', '1234567', '12345678', '123456789', '1234567890', '0123456789', '111111', '000000',
  '654321', '123123', '123321', 'a', 'x', 's3cr3t', 'S3cr3t', 's3cret', 'secr3t', '$ecret', 'shh', 'shhh', 'shhhh', 'shhhhh',
  'shhhhhhared-secret', 'shared-secret', 'shared_secret', 'sharedsecret', 'sharedSecret', 'keyboard cat', 'keyboard-cat', 'keyboardcat',
  'cat', 'dog', 'tiger', 'lion', 'banana', 'apple', 'orange', 'cookie', 'cookie-secret', 'session', 'session-secret', 'session_secret',
  'sessionSecret', 'SESSION_SECRET', 'app-secret', 'app_secret', 'appsecret', 'appSecret', 'APP_SECRET', 'app-key', 'app_key', 'APP_KEY',
  'api', 'api-secret', 'api_secret', 'apisecret', 'apiSecret', 'API_SECRET', 'api-key', 'api_key', 'apikey', 'apiKey', 'API_KEY',
  'client-secret', 'client_secret', 'clientsecret', 'clientSecret', 'CLIENT_SECRET', 'server-secret', 'server_secret', 'serversecret',
  'backend-secret', 'node-secret', 'express-secret', 'nestjs-secret', 'spring-secret', 'django-secret', 'flask-secret', 'rails-secret',
  'laravel-secret', 'next-auth-secret', 'nextauth-secret', 'NEXTAUTH_SECRET', 'supabase-secret', 'firebase-secret', 'auth0-secret',
  'passport-secret', 'strapi-secret', 'graphql-secret', 'graphql', 'apollo', 'hasura', 'hasura-secret', 'prisma-secret',
  'super-secret-jwt-token-with-at-least-32-characters-long', 'your-super-secret-jwt-token-with-at-least-32-characters-long',
  'this-is-a-very-long-secret-key-for-jwt', 'a-string-secret-at-least-256-bits-long', 'my-32-character-ultra-secure-and-ultra-long-secret',
  'ThisIsMySecretKey', 'ThisIsASecretKey', 'MySuperSecretKey', 'SuperSecretKey', 'VerySecretKey', 'TopSecretKey',
  'gfg_jwt_secret_key', 'jwt_secret_key_here', 'secretOrPrivateKey', 'secretOrKey', 'shhhhh-its-a-secret', 'itsasecret', 'its-a-secret',
  'nobody-knows', 'noonewillguess', 'guessme', 'unguessable', 'dontguess', 'hunter2', 'trustno1', 'opensesame', 'open-sesame',
];

function variants(secret: string): string[] {
  const upper = secret.toUpperCase();
  const capitalized = secret.charAt(0).toUpperCase() + secret.slice(1);
  return [secret, upper, capitalized];
}

/** The built-in list, each entry once, in the order it is tried. */
export const KNOWN_SECRETS: readonly string[] = [...new Set(BASE_SECRETS.flatMap(variants))];

export interface KnownSecretProgress {
  tried: number;
  total: number;
}

export interface KnownSecretSearch {
  /** The list entry that verifies the token, if one does. */
  match?: string;
  tried: number;
  total: number;
  /** The search stopped at the deadline before trying every entry. */
  timedOut: boolean;
}

/**
 * Tries every known secret against an HMAC signature. Reports progress every `progressEvery`
 * entries and stops at `deadline` (a `performance.now()` value), so a caller can bound the time.
 */
export async function searchKnownSecrets(
  spec: AlgorithmSpec,
  input: Uint8Array<ArrayBuffer>,
  signature: Uint8Array<ArrayBuffer>,
  options: { deadline?: number; progressEvery?: number; onProgress?: (progress: KnownSecretProgress) => void; secrets?: readonly string[] } = {},
): Promise<KnownSecretSearch> {
  const secrets = options.secrets ?? KNOWN_SECRETS;
  const total = secrets.length;
  const progressEvery = options.progressEvery ?? 25;
  const encoder = new TextEncoder();

  for (let index = 0; index < total; index++) {
    if (options.deadline !== undefined && performance.now() > options.deadline) return { tried: index, total, timedOut: true };
    const secret = secrets[index] as string;
    const key = await importSecret(spec, encoder.encode(secret), 'verify');
    if (await crypto.subtle.verify(signatureParams(spec), key, signature, input)) {
      options.onProgress?.({ tried: index + 1, total });
      return { match: secret, tried: index + 1, total, timedOut: false };
    }
    if ((index + 1) % progressEvery === 0) options.onProgress?.({ tried: index + 1, total });
  }
  options.onProgress?.({ tried: total, total });
  return { tried: total, total, timedOut: false };
}
