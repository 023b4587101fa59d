import type { QuizItem } from './types';

/**
 * Multiple-choice items, each aimed at one widespread misconception. The tempting wrong options
 * are the misconceptions themselves, so the explanation can refute them directly.
 */
export const QUIZ_ITEMS: readonly QuizItem[] = [
  {
    id: 'payload-readable',
    link: { kind: 'debugger', token: 'readablePayload' },
    options: [
      { id: 'a', correct: false, text: { en: 'Only the server that holds the secret key', ko: '시크릿 키를 가진 서버만' } },
      { id: 'b', correct: false, text: { en: 'Nobody: the payload is encrypted', ko: '아무도 못 읽는다. 페이로드는 암호화되어 있다' } },
      { id: 'c', correct: true, text: { en: 'Anyone who has the token', ko: '토큰을 가진 누구나' } },
      { id: 'd', correct: false, text: { en: 'Only the client the token was issued to', ko: '토큰을 발급받은 클라이언트만' } },
    ],
    text: {
      en: {
        prompt: 'A signed JWT with three parts is in a request. Who can read its payload?',
        explanation:
          'A JWS is signed, not encrypted. The payload is base64url-encoded JSON, which anyone can decode without a key. Only a JWE (five parts) hides its content.',
      },
      ko: {
        prompt: '세 부분으로 된 서명된 JWT가 요청에 실려 있습니다. 페이로드는 누가 읽을 수 있나요?',
        explanation:
          'JWS는 서명만 되어 있고 암호화되어 있지 않습니다. 페이로드는 base64url로 인코딩된 JSON이라 키 없이 누구나 디코딩할 수 있습니다. 내용을 숨기는 것은 다섯 부분으로 된 JWE뿐입니다.',
      },
    },
  },
  {
    id: 'server-verifies',
    options: [
      { id: 'a', correct: false, text: { en: 'It decrypts the payload with its secret', ko: '시크릿으로 페이로드를 복호화한다' } },
      { id: 'b', correct: false, text: { en: 'It checks that every part decodes as base64url', ko: '각 부분이 base64url로 디코딩되는지 확인한다' } },
      { id: 'c', correct: false, text: { en: 'It looks the token up in a database', ko: 'DB에서 토큰을 조회한다' } },
      {
        id: 'd',
        correct: true,
        text: {
          en: 'It recomputes the HMAC over header.payload with its secret and compares it with the signature',
          ko: '시크릿으로 header.payload의 HMAC을 다시 계산해서 서명과 비교한다',
        },
      },
    ],
    text: {
      en: {
        prompt: 'What does a server do with the signature of an HS256 token?',
        explanation:
          'Verification, not decryption: for HMAC the server recomputes the MAC over the received "header.payload" with its secret and compares in constant time. Decoding proves nothing, and no lookup is needed.',
      },
      ko: {
        prompt: 'HS256 토큰의 서명으로 서버는 무엇을 하나요?',
        explanation:
          '복호화가 아니라 검증입니다. HMAC이면 서버는 받은 "header.payload"에 대해 자기 시크릿으로 MAC을 다시 계산하고 상수 시간으로 비교합니다. 디코딩은 아무것도 증명하지 못하고, 조회도 필요 없습니다.',
      },
    },
  },
  {
    id: 'base64url-encoding',
    options: [
      {
        id: 'a',
        correct: true,
        text: {
          en: 'It uses - and _ instead of + and /, drops = padding, and anyone can reverse it',
          ko: '+와 / 대신 -와 _를 쓰고 = 패딩을 빼며, 누구나 되돌릴 수 있다',
        },
      },
      { id: 'b', correct: false, text: { en: 'It is a lightweight encryption of the claims', ko: '클레임을 가볍게 암호화하는 방식이다' } },
      { id: 'c', correct: false, text: { en: 'It is exactly standard Base64 with padding', ko: '패딩까지 포함한 표준 Base64와 똑같다' } },
      { id: 'd', correct: false, text: { en: 'Decoding it requires the signing key', ko: '디코딩하려면 서명 키가 필요하다' } },
    ],
    text: {
      en: {
        prompt: 'Which statement about base64url in JWTs is true?',
        explanation:
          'Base64url (RFC 4648, required by RFC 7515) is an encoding with a URL-safe alphabet and no padding. It hides nothing: encoding is not encryption.',
      },
      ko: {
        prompt: 'JWT의 base64url에 대한 설명 중 맞는 것은?',
        explanation:
          'base64url(RFC 4648, RFC 7515에서 사용)은 URL에 안전한 문자를 쓰고 패딩이 없는 인코딩입니다. 아무것도 숨기지 않습니다. 인코딩은 암호화가 아닙니다.',
      },
    },
  },
  {
    id: 'alg-names-mac',
    options: [
      { id: 'a', correct: false, text: { en: 'The hash function applied to the payload', ko: '페이로드를 해싱하는 해시 함수' } },
      { id: 'b', correct: true, text: { en: 'HMAC with SHA-256: a MAC keyed with a secret', ko: 'SHA-256을 쓰는 HMAC, 즉 시크릿 키를 쓰는 MAC' } },
      { id: 'c', correct: false, text: { en: 'The algorithm that encrypts the payload', ko: '페이로드를 암호화하는 알고리즘' } },
      { id: 'd', correct: false, text: { en: 'The encoding used for the three parts', ko: '세 부분에 쓰는 인코딩 방식' } },
    ],
    text: {
      en: {
        prompt: 'What does "alg": "HS256" in a header name?',
        explanation:
          'alg names a MAC or signature algorithm. HS256 is HMAC-SHA-256, which needs the secret key; a bare SHA-256 hash has no key, so anyone could recompute it and it would prove nothing.',
      },
      ko: {
        prompt: '헤더의 "alg": "HS256"은 무엇을 나타내나요?',
        explanation:
          'alg는 MAC이나 서명 알고리즘입니다. HS256은 시크릿 키가 필요한 HMAC-SHA-256이고, 키 없는 SHA-256 해시라면 누구나 다시 계산할 수 있어서 아무것도 증명하지 못합니다.',
      },
    },
  },
  {
    id: 'tampered-payload',
    link: { kind: 'debugger', token: 'tamperedPayload' },
    options: [
      { id: 'a', correct: false, text: { en: 'Accepted, because the token still decodes', ko: '디코딩이 되니까 통과한다' } },
      { id: 'b', correct: false, text: { en: 'Accepted, because only the header is signed', ko: '헤더만 서명되니까 통과한다' } },
      { id: 'c', correct: true, text: { en: 'Rejected, because the signature no longer matches', ko: '서명이 더 이상 맞지 않아서 거부된다' } },
      { id: 'd', correct: false, text: { en: 'The server updates the user\'s role', ko: '서버가 사용자 권한을 바꿔 준다' } },
    ],
    text: {
      en: {
        prompt: 'Someone changes "role": "user" to "admin" in a payload, re-encodes it and keeps the old signature. What does a correctly configured server do?',
        explanation:
          'The signature covers header and payload. Any edit changes the signing input, so the MAC or signature no longer verifies. Decoding still works, which is why decoding is not verification.',
      },
      ko: {
        prompt: '누군가 페이로드의 "role": "user"를 "admin"으로 바꿔 다시 인코딩하고 기존 서명은 그대로 두었습니다. 올바르게 설정된 서버는 어떻게 하나요?',
        explanation:
          '서명은 헤더와 페이로드 모두를 대상으로 합니다. 하나라도 바뀌면 서명 입력이 달라져 MAC이나 서명 검증에 실패합니다. 디코딩은 여전히 되는데, 그래서 디코딩은 검증이 아닙니다.',
      },
    },
  },
  {
    id: 'alg-allowlist',
    options: [
      { id: 'a', correct: false, text: { en: 'Whatever the token header says', ko: '토큰 헤더에 적힌 알고리즘' } },
      { id: 'b', correct: false, text: { en: 'Each supported algorithm in turn until one verifies', ko: '지원하는 알고리즘을 차례로 시도해서 통과하는 것' } },
      {
        id: 'c',
        correct: false,
        text: { en: 'none, when the header asks for it', ko: '헤더가 요청하면 none' },
      },
      {
        id: 'd',
        correct: true,
        text: {
          en: 'Only the algorithms it configured in an allowlist, each tied to its key',
          ko: '허용 목록에 설정한 알고리즘만, 그리고 키마다 정해진 알고리즘',
        },
      },
    ],
    text: {
      en: {
        prompt: 'Which algorithm should a server use to verify an incoming token?',
        explanation:
          'RFC 8725 requires that the application choose the accepted algorithms and that each key be used with exactly one algorithm. Trusting the header enables alg none and RS256→HS256 confusion.',
      },
      ko: {
        prompt: '서버는 들어온 토큰을 어떤 알고리즘으로 검증해야 하나요?',
        explanation:
          'RFC 8725는 허용할 알고리즘을 애플리케이션이 정하고, 키 하나는 정확히 한 알고리즘에만 쓰라고 요구합니다. 헤더를 믿으면 alg none과 RS256→HS256 혼동 공격이 가능해집니다.',
      },
    },
  },
  {
    id: 'alg-none-rejected',
    link: { kind: 'debugger', token: 'algNone' },
    options: [
      {
        id: 'a',
        correct: true,
        text: {
          en: 'Reject it, unless the application explicitly accepts unsecured tokens',
          ko: '애플리케이션이 서명 없는 토큰을 명시적으로 허용한 경우가 아니면 거부한다',
        },
      },
      { id: 'b', correct: false, text: { en: 'Accept it: there is no signature to check', ko: '확인할 서명이 없으니 통과시킨다' } },
      { id: 'c', correct: false, text: { en: 'Verify it with the default secret', ko: '기본 시크릿으로 검증한다' } },
      { id: 'd', correct: false, text: { en: 'Accept it if exp is still in the future', ko: 'exp가 아직 안 지났으면 통과시킨다' } },
    ],
    text: {
      en: {
        prompt: 'A token arrives with "alg": "none" and an empty signature. What is the correct behaviour?',
        explanation:
          'RFC 7518 defines none, but RFC 8725 says libraries should not accept it unless the caller explicitly asks. Otherwise anyone can forge a token by editing claims and dropping the signature.',
      },
      ko: {
        prompt: '"alg": "none"에 서명이 비어 있는 토큰이 들어왔습니다. 올바른 동작은?',
        explanation:
          'RFC 7518이 none을 정의하긴 하지만, RFC 8725는 호출하는 쪽이 명시적으로 요청하지 않는 한 받아들이지 말라고 합니다. 그렇지 않으면 누구나 클레임을 고치고 서명을 지워서 토큰을 위조할 수 있습니다.',
      },
    },
  },
  {
    id: 'hmac-key-strength',
    link: { kind: 'debugger', token: 'weakSecret' },
    options: [
      { id: 'a', correct: false, text: { en: '"secret"', ko: '"secret"' } },
      { id: 'b', correct: false, text: { en: 'The company name plus the year, 20 characters', ko: '회사 이름과 연도를 합친 20자' } },
      { id: 'c', correct: false, text: { en: 'The text of the RSA public key', ko: 'RSA 공개키 텍스트' } },
      {
        id: 'd',
        correct: true,
        text: { en: '32 bytes from a cryptographically secure random generator', ko: '암호학적으로 안전한 난수 생성기로 만든 32바이트' } },
    ],
    text: {
      en: {
        prompt: 'Which HS256 secret meets RFC 7518 and RFC 8725?',
        explanation:
          'HS256 needs a key of at least 256 bits, and human-memorable passwords must not be used. A guessable secret is brute-forced offline from one token; a public key as HMAC secret is the algorithm-confusion pattern.',
      },
      ko: {
        prompt: 'RFC 7518과 RFC 8725를 만족하는 HS256 시크릿은?',
        explanation:
          'HS256 키는 256비트 이상이어야 하고, 사람이 외울 수 있는 비밀번호는 쓰면 안 됩니다. 추측 가능한 시크릿은 토큰 하나로 오프라인에서 뚫리고, 공개키를 HMAC 시크릿으로 쓰는 것은 알고리즘 혼동 공격의 패턴입니다.',
      },
    },
  },
  {
    id: 'logout-zombie-token',
    link: { kind: 'lifecycle', step: 8 },
    options: [
      { id: 'a', correct: false, text: { en: '401 Unauthorized', ko: '401 Unauthorized' } },
      { id: 'b', correct: true, text: { en: '200 OK: the token stays valid until exp', ko: '200 OK: 토큰은 exp까지 유효하다' } },
      { id: 'c', correct: false, text: { en: '403 Forbidden', ko: '403 Forbidden' } },
      { id: 'd', correct: false, text: { en: '400 invalid_grant', ko: '400 invalid_grant' } },
    ],
    text: {
      en: {
        prompt: 'The user logs out: the client deletes its tokens and the server revokes the refresh token. An attacker replays a copied access token with 10 minutes left. Without a denylist, what does the API answer?',
        explanation:
          'The API verifies only the signature and claims, which are still fine. Deleting the token in the browser does not invalidate copies, and revoking the refresh token only stops new access tokens.',
      },
      ko: {
        prompt: '사용자가 로그아웃해서 클라이언트는 토큰을 지우고 서버는 리프레시 토큰을 무효화했습니다. 공격자가 10분 남은 액세스 토큰 복사본을 보내면, 블랙리스트가 없을 때 API는 무엇을 응답하나요?',
        explanation:
          'API는 서명과 클레임만 확인하는데 둘 다 여전히 유효합니다. 브라우저에서 지워도 복사본은 무효화되지 않고, 리프레시 토큰 무효화는 새 액세스 토큰 발급만 막습니다.',
      },
    },
  },
  {
    id: 'refresh-keeps-old-access',
    link: { kind: 'lifecycle', step: 6 },
    options: [
      { id: 'a', correct: false, text: { en: 'It is revoked automatically', ko: '자동으로 무효화된다' } },
      { id: 'b', correct: false, text: { en: 'Its exp is shortened to now', ko: 'exp가 현재 시각으로 줄어든다' } },
      { id: 'c', correct: true, text: { en: 'It usually stays valid until its own exp', ko: '보통 자기 exp까지 유효하다' } },
      { id: 'd', correct: false, text: { en: 'It turns into a refresh token', ko: '리프레시 토큰으로 바뀐다' } },
    ],
    text: {
      en: {
        prompt: 'After a refresh, what happens to the previous access token if it has not expired yet?',
        explanation:
          'A JWT cannot be changed once issued, and APIs do not ask the authorization server about it. Two valid access tokens overlap until the old one reaches exp, unless the API checks a denylist.',
      },
      ko: {
        prompt: '재발급한 뒤, 아직 만료되지 않은 이전 액세스 토큰은 어떻게 되나요?',
        explanation:
          '발급된 JWT는 바꿀 수 없고, API는 인가 서버에 물어보지 않습니다. API가 블랙리스트를 확인하지 않는 한, 이전 토큰이 exp에 이를 때까지 유효한 액세스 토큰 두 개가 겹칩니다.',
      },
    },
  },
  {
    id: 'refresh-token-storage',
    link: { kind: 'lifecycle', step: 3 },
    options: [
      { id: 'a', correct: false, text: { en: 'localStorage', ko: '로컬 스토리지' } },
      { id: 'b', correct: true, text: { en: 'An HttpOnly, Secure cookie', ko: 'HttpOnly, Secure 쿠키' } },
      { id: 'c', correct: false, text: { en: 'sessionStorage', ko: '세션 스토리지' } },
      { id: 'd', correct: false, text: { en: 'A cookie written with document.cookie', ko: 'document.cookie로 쓴 쿠키' } },
    ],
    text: {
      en: {
        prompt: 'Which place keeps a refresh token out of reach of injected JavaScript?',
        explanation:
          'Web storage and any cookie that scripts can write are readable by every script on the origin. An HttpOnly cookie is set by the server and cannot be read by JavaScript; a BFF goes further and keeps tokens off the browser.',
      },
      ko: {
        prompt: '주입된 자바스크립트가 리프레시 토큰에 닿지 못하게 하는 저장 위치는?',
        explanation:
          '웹 스토리지와 스크립트가 쓸 수 있는 쿠키는 같은 출처의 모든 스크립트가 읽을 수 있습니다. HttpOnly 쿠키는 서버가 설정하고 자바스크립트가 읽을 수 없습니다. BFF는 더 나아가 토큰을 브라우저에 아예 두지 않습니다.',
      },
    },
  },
  {
    id: 'httponly-scope',
    options: [
      { id: 'a', correct: false, text: { en: 'XSS, completely', ko: 'XSS 전체' } },
      { id: 'b', correct: false, text: { en: 'Cross-site request forgery', ko: 'CSRF(사이트 간 요청 위조)' } },
      { id: 'c', correct: false, text: { en: 'The cookie being sent over plain HTTP', ko: '쿠키가 평문 HTTP로 전송되는 것' } },
      { id: 'd', correct: true, text: { en: 'Scripts reading the cookie value', ko: '스크립트가 쿠키 값을 읽는 것' } },
    ],
    text: {
      en: {
        prompt: 'What does the HttpOnly cookie flag protect against?',
        explanation:
          'HttpOnly only hides the cookie from JavaScript. Injected code can still make requests that carry it, CSRF needs SameSite or anti-CSRF tokens, and plain-HTTP sending is what the Secure flag prevents.',
      },
      ko: {
        prompt: '쿠키의 HttpOnly 속성은 무엇을 막아 주나요?',
        explanation:
          'HttpOnly는 자바스크립트로부터 쿠키를 숨길 뿐입니다. 주입된 코드는 여전히 쿠키가 실린 요청을 보낼 수 있고, CSRF는 SameSite나 CSRF 토큰으로 막아야 하며, 평문 HTTP 전송을 막는 것은 Secure 속성입니다.',
      },
    },
  },
  {
    id: 'refresh-token-destination',
    options: [
      { id: 'a', correct: true, text: { en: 'Only to the authorization server\'s token endpoint', ko: '인가 서버의 토큰 엔드포인트에만' } },
      { id: 'b', correct: false, text: { en: 'To every API, with each request', ko: '모든 API에 요청마다' } },
      { id: 'c', correct: false, text: { en: 'To the resource server whenever it answers 401', ko: '리소스 서버가 401을 줄 때 그 서버에' } },
      { id: 'd', correct: false, text: { en: 'In the URL of each page', ko: '페이지마다 URL에 담아서' } },
    ],
    text: {
      en: {
        prompt: 'In OAuth 2.0, where does a client send its refresh token?',
        explanation:
          'RFC 6749 defines the refresh token as a credential used only with the authorization server to get new access tokens. It is usually opaque and never goes to resource servers.',
      },
      ko: {
        prompt: 'OAuth 2.0에서 클라이언트는 리프레시 토큰을 어디로 보내나요?',
        explanation:
          'RFC 6749는 리프레시 토큰을 새 액세스 토큰을 받을 때 인가 서버에만 쓰는 자격 증명으로 정의합니다. 보통 opaque 문자열이고 리소스 서버로는 절대 가지 않습니다.',
      },
    },
  },
  {
    id: 'server-state',
    options: [
      { id: 'a', correct: false, text: { en: 'The signature of the access token', ko: '액세스 토큰의 서명' } },
      { id: 'b', correct: false, text: { en: 'The exp claim', ko: 'exp 클레임' } },
      {
        id: 'c',
        correct: true,
        text: { en: 'The refresh token store with its rotation families', ko: '로테이션 패밀리를 담은 리프레시 토큰 저장소' } },
      { id: 'd', correct: false, text: { en: 'The base64url encoding', ko: 'base64url 인코딩' } },
    ],
    text: {
      en: {
        prompt: 'Which of these is server-side state in a typical JWT setup?',
        explanation:
          'Access-token verification is stateless, but refresh tokens, rotation families and any denylist live on the server. The other options are parts of the token itself.',
      },
      ko: {
        prompt: '일반적인 JWT 구성에서 서버 쪽 상태에 해당하는 것은?',
        explanation:
          '액세스 토큰 검증은 무상태지만, 리프레시 토큰, 로테이션 패밀리, 블랙리스트는 서버에 있습니다. 나머지 보기는 토큰 자체의 일부입니다.',
      },
    },
  },
  {
    id: 'rotation-absolute-expiry',
    link: { kind: 'lifecycle', step: 7 },
    options: [
      { id: 'a', correct: false, text: { en: 'Never, as long as they keep refreshing', ko: '계속 재발급하는 한 절대 없다' } },
      { id: 'b', correct: false, text: { en: '8 hours after the last refresh', ko: '마지막 재발급으로부터 8시간 뒤' } },
      { id: 'c', correct: false, text: { en: 'After every refresh', ko: '재발급할 때마다' } },
      { id: 'd', correct: true, text: { en: '8 hours after the first login', ko: '처음 로그인한 지 8시간 뒤' } },
    ],
    text: {
      en: {
        prompt: 'Refresh tokens rotate, and the first one has an 8-hour absolute lifetime. The user refreshes every 10 minutes. When must they log in again?',
        explanation:
          'A rotated refresh token must not outlive the original\'s expiry. Each new token carries the time that remains, so at the 8-hour mark the refresh fails with invalid_grant and the user logs in again.',
      },
      ko: {
        prompt: '리프레시 토큰을 로테이션하고, 처음 토큰의 절대 유효기간은 8시간입니다. 사용자가 10분마다 재발급한다면 언제 다시 로그인해야 하나요?',
        explanation:
          '로테이션된 리프레시 토큰은 처음 토큰의 만료 시각을 넘길 수 없습니다. 새 토큰은 남은 시간만 이어받기 때문에 8시간이 되면 재발급이 invalid_grant로 실패하고 다시 로그인해야 합니다.',
      },
    },
  },
  {
    id: 'sessions-vs-jwt',
    options: [
      { id: 'a', correct: false, text: { en: 'JWTs are more secure than sessions', ko: 'JWT가 세션보다 안전하다' } },
      {
        id: 'b',
        correct: true,
        text: {
          en: 'Sessions are easy to revoke; JWTs can be verified without a lookup',
          ko: '세션은 무효화가 쉽고, JWT는 조회 없이 검증할 수 있다',
        },
      },
      { id: 'c', correct: false, text: { en: 'Sessions cannot work with more than one server', ko: '세션은 서버가 두 대 이상이면 쓸 수 없다' } },
      { id: 'd', correct: false, text: { en: 'JWTs cannot be sent in cookies', ko: 'JWT는 쿠키로 보낼 수 없다' } },
    ],
    text: {
      en: {
        prompt: 'Which comparison of sessions and JWTs is accurate?',
        explanation:
          'They are trade-offs. Sessions scale with a shared store, and a cookie can carry either a session id or a JWT. What really differs is revocation versus local verification.',
      },
      ko: {
        prompt: '세션과 JWT를 비교한 설명 중 정확한 것은?',
        explanation:
          '둘은 트레이드오프입니다. 세션도 공유 저장소로 확장할 수 있고, 쿠키는 세션 ID도 JWT도 담을 수 있습니다. 진짜 차이는 무효화의 쉬움과 로컬 검증입니다.',
      },
    },
  },
  {
    id: 'shared-hmac-secret',
    options: [
      { id: 'a', correct: false, text: { en: 'Only read the tokens', ko: '토큰을 읽는 것만 가능하다' } },
      { id: 'b', correct: false, text: { en: 'Nothing: HMAC is one-way', ko: '아무것도 못 한다. HMAC은 일방향이다' } },
      { id: 'c', correct: true, text: { en: 'Forge tokens that all five services accept', ko: '다섯 서비스 모두가 받아들이는 토큰을 위조한다' } },
      { id: 'd', correct: false, text: { en: 'Forge tokens only for the compromised service', ko: '뚫린 서비스용 토큰만 위조할 수 있다' } },
    ],
    text: {
      en: {
        prompt: 'Five services verify tokens with one shared HS256 secret, and one service is compromised. What can the attacker do?',
        explanation:
          'With HMAC the verification key is also the signing key. Anyone holding it can mint tokens for every service that trusts it. Asymmetric keys with a JWKS, or one secret per audience, prevent this.',
      },
      ko: {
        prompt: '다섯 서비스가 HS256 시크릿 하나를 공유해 토큰을 검증하는데, 그중 하나가 뚫렸습니다. 공격자는 무엇을 할 수 있나요?',
        explanation:
          'HMAC에서는 검증 키가 곧 서명 키입니다. 그 키를 가진 누구든 그 키를 믿는 모든 서비스용 토큰을 만들 수 있습니다. JWKS와 비대칭키, 또는 대상자별 시크릿이 이를 막습니다.',
      },
    },
  },
  {
    id: 'exp-in-seconds',
    link: { kind: 'debugger', token: 'expInMilliseconds' },
    options: [
      { id: 'a', correct: false, text: { en: 'Nothing, it is a normal exp', ko: '문제없다. 평범한 exp다' } },
      { id: 'b', correct: false, text: { en: 'It is in minutes', ko: '분 단위다' } },
      {
        id: 'c',
        correct: false,
        text: { en: 'exp must be an ISO date string', ko: 'exp는 ISO 날짜 문자열이어야 한다' } },
      {
        id: 'd',
        correct: true,
        text: {
          en: 'It is in milliseconds; exp is in seconds, so this reads as a date tens of thousands of years away',
          ko: '밀리초 단위다. exp는 초 단위라서 수만 년 뒤의 날짜로 읽힌다',
        },
      },
    ],
    text: {
      en: {
        prompt: 'A token has "exp": 1767226500000. What is wrong?',
        explanation:
          'NumericDate counts seconds since 1970. Writing Date.now() gives milliseconds, a thousand times too large, so some libraries treat the token as practically never expiring.',
      },
      ko: {
        prompt: '토큰에 "exp": 1767226500000이 들어 있습니다. 무엇이 문제인가요?',
        explanation:
          'NumericDate는 1970년부터 센 초입니다. Date.now()를 그대로 넣으면 밀리초라서 천 배 큰 값이 되고, 일부 라이브러리는 이 토큰을 사실상 만료되지 않는 토큰으로 취급합니다.',
      },
    },
  },
  {
    id: 'personal-data-in-payload',
    link: { kind: 'debugger', token: 'readablePayload' },
    options: [
      { id: 'a', correct: true, text: { en: 'Anyone holding the token can read them', ko: '토큰을 가진 누구나 읽을 수 있다' } },
      { id: 'b', correct: false, text: { en: 'JWTs are limited to 1 KB', ko: 'JWT는 1KB로 제한된다' } },
      { id: 'c', correct: false, text: { en: 'They break the signature', ko: '서명이 깨진다' } },
      { id: 'd', correct: false, text: { en: 'base64url cannot encode the @ sign', ko: 'base64url은 @ 기호를 인코딩할 수 없다' } },
    ],
    text: {
      en: {
        prompt: 'Why should an email address and phone number stay out of a signed JWT\'s payload?',
        explanation:
          'The payload is only encoded, so the browser, logs and proxies can read it. Personal data also grows every request and goes stale until the next token. There is no fixed 1 KB limit, but headers and cookies have practical limits.',
      },
      ko: {
        prompt: '서명된 JWT의 페이로드에 이메일과 전화번호를 넣으면 안 되는 이유는?',
        explanation:
          '페이로드는 인코딩만 되어 있어 브라우저, 로그, 프록시가 읽을 수 있습니다. 개인정보는 모든 요청을 키우고 다음 토큰이 나올 때까지 갱신되지도 않습니다. 1KB 같은 고정 제한은 없지만 헤더와 쿠키에는 실질적인 한도가 있습니다.',
      },
    },
  },
  {
    id: 'token-in-url',
    options: [
      { id: 'a', correct: false, text: { en: 'URLs cannot contain dots', ko: 'URL에는 점을 넣을 수 없다' } },
      { id: 'b', correct: false, text: { en: 'HTTPS does not encrypt query strings', ko: 'HTTPS는 쿼리 문자열을 암호화하지 않는다' } },
      {
        id: 'c',
        correct: true,
        text: { en: 'URLs are recorded in logs, browser history and Referer headers', ko: 'URL은 로그, 방문 기록, Referer 헤더에 남는다' } },
      { id: 'd', correct: false, text: { en: 'It is slower than a header', ko: '헤더보다 느리다' } },
    ],
    text: {
      en: {
        prompt: 'Why does RFC 6750 discourage sending a bearer token as ?access_token= in the URL?',
        explanation:
          'HTTPS does encrypt the query string on the wire, but URLs are stored in server and proxy logs, history and Referer headers. The Authorization header avoids that.',
      },
      ko: {
        prompt: 'RFC 6750이 Bearer 토큰을 URL의 ?access_token=으로 보내는 것을 권하지 않는 이유는?',
        explanation:
          'HTTPS는 전송 중인 쿼리 문자열도 암호화합니다. 문제는 URL이 서버와 프록시 로그, 방문 기록, Referer 헤더에 저장된다는 점이고, Authorization 헤더를 쓰면 이를 피할 수 있습니다.',
      },
    },
  },
  {
    id: 'rotation-detects-theft',
    link: { kind: 'lifecycle', step: 6 },
    options: [
      { id: 'a', correct: false, text: { en: 'Rotation blocks the attacker immediately', ko: '로테이션이 공격자를 즉시 막는다' } },
      {
        id: 'b',
        correct: true,
        text: {
          en: 'The attacker gets new tokens; when the victim later presents the old one, the server detects reuse and revokes the family',
          ko: '공격자가 새 토큰을 받고, 나중에 피해자가 이전 토큰을 보내면 서버가 재사용을 감지해 패밀리 전체를 무효화한다',
        },
      },
      { id: 'c', correct: false, text: { en: 'The server identifies the attacker by IP and blocks only them', ko: '서버가 IP로 공격자를 알아보고 공격자만 차단한다' } },
      { id: 'd', correct: false, text: { en: 'Nothing can ever be detected', ko: '어떤 것도 감지할 수 없다' } },
    ],
    text: {
      en: {
        prompt: 'With rotation and reuse detection, an attacker steals a refresh token and uses it before the victim does. What happens?',
        explanation:
          'Rotation detects reuse after the fact. The first presenter wins the new token; the second presentation of the old token reveals the copy, and since the server cannot tell who is who, it revokes the whole family.',
      },
      ko: {
        prompt: '재사용 감지가 있는 로테이션 환경에서, 공격자가 리프레시 토큰을 훔쳐 피해자보다 먼저 사용했습니다. 어떻게 되나요?',
        explanation:
          '로테이션은 재사용을 사후에 감지합니다. 먼저 보낸 쪽이 새 토큰을 받고, 이전 토큰이 두 번째로 들어올 때 복사본이 드러납니다. 서버는 누가 누구인지 알 수 없으니 패밀리 전체를 무효화합니다.',
      },
    },
  },
  {
    id: 'sub-meaning',
    options: [
      { id: 'a', correct: false, text: { en: 'The title of the token', ko: '토큰 제목' } },
      { id: 'b', correct: true, text: { en: 'The subject: the principal the token is about, usually the user id', ko: '주체: 토큰이 가리키는 대상, 보통 사용자 ID' } },
      { id: 'c', correct: false, text: { en: 'The subscription plan of the user', ko: '사용자의 구독 요금제' } },
      { id: 'd', correct: false, text: { en: 'A sub-key used for signing', ko: '서명에 쓰는 하위 키' } },
    ],
    text: {
      en: {
        prompt: 'What does the registered claim "sub" mean?',
        explanation:
          'RFC 7519 defines sub as the subject of the token: the principal it makes statements about, unique within the issuer. It is usually the user id.',
      },
      ko: {
        prompt: '등록된 클레임 "sub"는 무슨 뜻인가요?',
        explanation:
          'RFC 7519는 sub를 토큰의 주체(subject), 즉 토큰이 말하고 있는 대상으로 정의하며 발급자 안에서 유일해야 합니다. 보통 사용자 ID를 넣습니다. "토큰 제목"은 잘못된 번역입니다.',
      },
    },
  },
  {
    id: 'expired-status',
    link: { kind: 'lifecycle', step: 5 },
    options: [
      { id: 'a', correct: false, text: { en: '403 Forbidden', ko: '403 Forbidden' } },
      { id: 'b', correct: false, text: { en: '400 with error="invalid_grant"', ko: 'error="invalid_grant"와 함께 400' } },
      {
        id: 'c',
        correct: true,
        text: { en: '401 with WWW-Authenticate: Bearer error="invalid_token"', ko: 'WWW-Authenticate: Bearer error="invalid_token"과 함께 401' } },
      { id: 'd', correct: false, text: { en: '500 Internal Server Error', ko: '500 Internal Server Error' } },
    ],
    text: {
      en: {
        prompt: 'An API receives an expired access token. What should it answer?',
        explanation:
          'RFC 6750 §3.1: an expired or invalid token gets 401 with error="invalid_token". 403 is for insufficient scope, and invalid_grant is what the token endpoint returns for a bad refresh token.',
      },
      ko: {
        prompt: 'API가 만료된 액세스 토큰을 받았습니다. 무엇을 응답해야 하나요?',
        explanation:
          'RFC 6750 §3.1에 따라 만료되었거나 잘못된 토큰에는 error="invalid_token"과 함께 401을 줍니다. 403은 권한(scope) 부족일 때이고, invalid_grant는 토큰 엔드포인트가 잘못된 리프레시 토큰에 돌려주는 값입니다.',
      },
    },
  },
  {
    id: 'algorithm-confusion-key',
    options: [
      { id: 'a', correct: false, text: { en: 'A password found by brute force', ko: '무차별 대입으로 찾은 비밀번호' } },
      { id: 'b', correct: false, text: { en: 'An empty string', ko: '빈 문자열' } },
      { id: 'c', correct: false, text: { en: 'The server\'s RSA private key', ko: '서버의 RSA 개인키' } },
      { id: 'd', correct: true, text: { en: 'The server\'s RSA public key', ko: '서버의 RSA 공개키' } },
    ],
    text: {
      en: {
        prompt: 'In an RS256→HS256 algorithm confusion attack, what does the attacker use as the HMAC secret?',
        explanation:
          'The public key is public. If the verifier lets the header pick HS256 and feeds its configured RSA public key into HMAC, the attacker\'s MAC computed with that key matches (CVE-2015-9235).',
      },
      ko: {
        prompt: 'RS256→HS256 알고리즘 혼동 공격에서 공격자는 무엇을 HMAC 시크릿으로 쓰나요?',
        explanation:
          '공개키는 누구나 알 수 있습니다. 검증자가 헤더의 HS256을 따르고 설정된 RSA 공개키를 HMAC 키로 넣으면, 공격자가 같은 키로 계산한 MAC이 일치합니다(CVE-2015-9235).',
      },
    },
  },
  {
    id: 'jwe-five-parts',
    options: [
      { id: 'a', correct: true, text: { en: 'It has five dot-separated parts', ko: '점으로 구분된 다섯 부분으로 되어 있다' } },
      { id: 'b', correct: false, text: { en: 'Its alg is HS256', ko: 'alg가 HS256이다' } },
      { id: 'c', correct: false, text: { en: 'Its payload is longer', ko: '페이로드가 더 길다' } },
      { id: 'd', correct: false, text: { en: 'It starts with "enc."', ko: '"enc."로 시작한다' } },
    ],
    text: {
      en: {
        prompt: 'How do you recognize an encrypted JWT in compact form?',
        explanation:
          'A JWE compact token has five parts: protected header, encrypted key, IV, ciphertext and authentication tag, and its header has enc. A three-part token is a JWS, readable by anyone.',
      },
      ko: {
        prompt: '압축 형식의 암호화된 JWT는 어떻게 알아보나요?',
        explanation:
          'JWE 압축 형식은 보호된 헤더, 암호화된 키, IV, 암호문, 인증 태그의 다섯 부분이고 헤더에 enc가 있습니다. 세 부분이면 JWS이고 누구나 읽을 수 있습니다.',
      },
    },
  },
];
