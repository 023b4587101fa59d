import type { Question } from './types';

/** How a token is put together, what its claims mean and what checking one involves. */
export const STRUCTURE_QUESTIONS: Question[] = [
  {
    id: 'how-its-built',
    topic: 'structure',
    kind: 'main',
    followUps: ['decode-vs-verify', 'base64url', 'hs256-vs-rs256', 'hmac-secret'],
    links: [{ kind: 'debugger', token: 'tamperedPayload' }],
    text: {
      en: {
        question: 'How is a JWT made, and how does the server check it?',
        answer:
          'A JWT has three parts. The header is a JSON object such as {"alg":"HS256","typ":"JWT"}, where alg names the signing algorithm. The payload is a JSON object of claims: sub, iat, exp and whatever the application needs. Each one is turned into UTF-8 bytes and base64url-encoded, and the two strings joined by a dot form the signing input. For HS256 the server computes HMAC-SHA-256 over that input with its secret key; for RS256 it signs the input with an RSA private key. The result is base64url-encoded and appended after a second dot. In practice a library does all of this: jsonwebtoken or jose in Node, PyJWT in Python, jjwt in Java. To check a token, the server takes the first two parts exactly as received and, with HS256, recomputes the HMAC with its key and compares it with the third part in constant time; with RS256 it runs a signature verification with the public key. If a single character of the header or payload changed, the check fails.',
        keyPoints: [
          'base64url(header) + "." + base64url(payload) is the signing input',
          'HS256 = HMAC with a shared secret; RS256/ES256 = private key signs',
          'Verification recomputes the MAC (HMAC) or runs verify with a public key (RSA/ECDSA)',
          'Any change to header or payload breaks the signature',
        ],
        mistakes: [
          {
            myth: 'alg is the hashing algorithm, and the signature is a base64 hash of header and payload.',
            fact: 'alg names a MAC or signature algorithm. HS256 is HMAC-SHA-256 with a secret key; a plain SHA-256 hash has no key, so anyone could recompute it.',
          },
          {
            myth: 'The server verifies a token by signing it again and comparing.',
            fact: 'That is true only for HMAC. With RS256 or ES256 the verifier holds only the public key, cannot sign, and runs a verify operation instead.',
          },
        ],
      },
      ko: {
        question: 'JWT는 어떻게 만들어지고, 서버는 어떻게 검증하나요?',
        answer:
          'JWT는 세 부분으로 이루어집니다. 헤더는 {"alg":"HS256","typ":"JWT"} 같은 JSON인데, alg가 서명 알고리즘을 나타냅니다. 페이로드는 sub, iat, exp와 서비스에 필요한 값을 담은 클레임 JSON입니다. 두 JSON을 각각 UTF-8 바이트로 바꾼 뒤 base64url로 인코딩하고, 점으로 이어 붙이면 서명할 입력값이 됩니다. HS256이면 서버가 이 입력값에 시크릿 키로 HMAC-SHA-256을 계산하고, RS256이면 RSA 개인키로 서명합니다. 그 결과를 다시 base64url로 인코딩해서 두 번째 점 뒤에 붙이면 토큰이 완성됩니다. 실제로는 Node의 jsonwebtoken이나 jose, 파이썬의 PyJWT, 자바의 jjwt 같은 라이브러리가 이 과정을 처리합니다. 검증할 때 서버는 받은 토큰의 앞 두 부분을 그대로 가져와서, HS256이면 자기 키로 HMAC을 다시 계산해 세 번째 부분과 상수 시간 비교를 하고, RS256이면 공개키로 서명 검증 연산을 합니다. 헤더나 페이로드가 한 글자라도 바뀌면 검증에 실패합니다.',
        keyPoints: [
          'base64url(헤더) + "." + base64url(페이로드)가 서명 대상',
          'HS256은 공유 시크릿으로 HMAC, RS256/ES256은 개인키로 서명',
          '검증은 HMAC 재계산 비교(HS) 또는 공개키로 서명 검증(RS/ES)',
          '헤더나 페이로드가 조금이라도 바뀌면 서명이 깨진다',
        ],
        mistakes: [
          {
            myth: 'alg는 해싱 알고리즘이고, 서명은 헤더와 페이로드의 해시를 base64로 만든 것이다.',
            fact: 'alg는 MAC이나 서명 알고리즘입니다. HS256은 시크릿 키를 쓰는 HMAC-SHA-256이고, 키 없는 SHA-256 해시라면 누구나 다시 계산할 수 있습니다.',
          },
          {
            myth: '서버는 토큰을 다시 서명해서 비교하는 방식으로 검증한다.',
            fact: 'HMAC일 때만 맞는 말입니다. RS256이나 ES256 검증자는 공개키만 있어서 서명을 만들 수 없고, 검증 연산을 따로 합니다.',
          },
        ],
      },
    },
  },
  {
    id: 'claims',
    topic: 'structure',
    kind: 'follow-up',
    followUps: ['exp-units'],
    links: [{ kind: 'debugger', token: 'accessTokenProfile' }],
    text: {
      en: {
        question: 'Which claims does a JWT carry? What do sub and aud mean?',
        answer:
          'RFC 7519 registers seven claims. All are optional in the RFC itself, but profiles such as OAuth access tokens require several. iss, the issuer, says who created the token. sub, the subject, is the principal the token is about, usually a user id that is unique within the issuer. aud, the audience, says who the token is meant for, and a service must reject a token whose aud does not include it. exp is the expiration time, nbf means not before, and iat is when it was issued; all three are NumericDate values in seconds. jti is a unique token id, useful for a denylist or for catching replays. Beyond those there are public claims, registered with IANA or named so they cannot collide, for example with a URL, and private claims that two parties agree on, such as role or tenant_id. The header has its own parameters: alg, typ and kid, a hint for which key to use.',
        keyPoints: [
          'iss, sub, aud, exp, nbf, iat, jti: registered, optional in RFC 7519',
          'sub is the subject (usually the user id); aud must include the receiver',
          'Time claims are seconds since the epoch',
          'Public vs private claims; header parameters alg, typ, kid',
        ],
        mistakes: [
          {
            myth: 'sub is the title of the token.',
            fact: 'sub is the subject: the principal the token is about, usually the user id.',
          },
        ],
      },
      ko: {
        question: 'JWT에는 어떤 클레임이 들어가나요? sub와 aud는 무슨 뜻인가요?',
        answer:
          'RFC 7519에 등록된 클레임은 일곱 개입니다. RFC 자체에서는 모두 선택 사항이지만, OAuth 액세스 토큰 같은 프로필에서는 여러 개를 필수로 요구합니다. iss는 발급자로, 누가 토큰을 만들었는지입니다. sub는 주체(subject)로, 이 토큰이 누구에 대한 것인지, 보통 발급자 안에서 유일한 사용자 ID를 넣습니다. aud는 대상자로, 이 토큰을 받을 서비스가 누구인지이며, 자기 자신이 aud에 없으면 그 서비스는 토큰을 거부해야 합니다. exp는 만료 시간, nbf는 이 시각 전에는 쓰면 안 된다는 활성 시작 시간, iat는 발급 시간이고, 셋 다 초 단위 NumericDate입니다. jti는 토큰 고유 ID라서 블랙리스트나 재사용 탐지에 씁니다. 이 외에 IANA에 등록하거나 URL처럼 겹치지 않는 이름을 쓰는 공개 클레임, 두 당사자끼리 정한 role, tenant_id 같은 비공개 클레임이 있습니다. 헤더에는 별도로 alg, typ, 그리고 어떤 키로 검증할지 알려 주는 kid가 들어갑니다.',
        keyPoints: [
          'iss, sub, aud, exp, nbf, iat, jti: 등록된 클레임, RFC 7519에서는 선택 사항',
          'sub는 주체(보통 사용자 ID), aud에는 받는 서비스가 포함되어야 함',
          '시간 클레임은 에포크 기준 초 단위',
          '공개/비공개 클레임, 헤더의 alg, typ, kid',
        ],
        mistakes: [
          {
            myth: 'sub는 토큰 제목이다.',
            fact: 'sub는 subject, 즉 토큰이 가리키는 주체이며 보통 사용자 ID입니다. 제목이라는 번역은 틀렸습니다.',
          },
        ],
      },
    },
  },
  {
    id: 'exp-units',
    topic: 'structure',
    kind: 'follow-up',
    followUps: ['expiry-times'],
    links: [
      { kind: 'debugger', token: 'expInMilliseconds' },
      { kind: 'debugger', token: 'expired' },
    ],
    text: {
      en: {
        question: 'How is exp checked? What unit is it in, and what is clock skew?',
        answer:
          'exp is a NumericDate: seconds since 1970-01-01 UTC, not milliseconds. A verifier must reject the token at or after that moment, and before nbf if nbf is present. Server clocks drift, so libraries allow a small leeway; RFC 7519 says it should usually be no more than a few minutes, and many libraries default to somewhere between zero and sixty seconds. A classic JavaScript bug is putting Date.now() into exp. That value is in milliseconds, so it reads as a date tens of thousands of years ahead, and a library that does not catch it accepts the token practically forever. So I set exp as Math.floor(Date.now() / 1000) plus the lifetime, or let the library compute it from a duration such as 15 minutes. I also make sure exp is actually checked: a decode call alone checks nothing, and a token without exp never expires unless the server adds its own limit.',
        keyPoints: [
          'NumericDate = seconds since the Unix epoch',
          'Reject at or after exp, before nbf',
          'Small leeway for clock skew (seconds, at most a few minutes)',
          'Date.now() is milliseconds: a token that effectively never expires',
        ],
        mistakes: [
          {
            myth: 'exp in milliseconds is fine, libraries figure it out.',
            fact: 'NumericDate is seconds. A millisecond value means a year beyond 50,000, and some libraries accept it as a token that never expires.',
          },
        ],
      },
      ko: {
        question: 'exp는 어떻게 검사하나요? 단위는 무엇이고, clock skew는 무엇인가요?',
        answer:
          'exp는 NumericDate, 즉 1970년 1월 1일 UTC부터 센 초 단위 숫자입니다. 밀리초가 아닙니다. 검증하는 쪽은 그 시각이 되었거나 지났으면 토큰을 거부해야 하고, nbf가 있으면 그 시각 전에도 거부해야 합니다. 서버마다 시계가 조금씩 어긋나기 때문에 라이브러리는 약간의 여유 시간(leeway)을 두는데, RFC 7519는 보통 몇 분을 넘지 않게 하라고 하고 많은 라이브러리가 기본값을 0초에서 60초 사이로 둡니다. 자바스크립트에서 자주 나오는 버그가 exp에 Date.now()를 그대로 넣는 것입니다. 이 값은 밀리초라서 수만 년 뒤의 날짜가 되고, 이를 걸러 내지 않는 라이브러리는 사실상 영원히 유효한 토큰으로 받아들입니다. 그래서 exp는 Math.floor(Date.now() / 1000)에 유효기간을 더하거나, 라이브러리에 15분 같은 기간을 넘겨 계산하게 합니다. 그리고 exp를 실제로 검사하는지도 확인합니다. decode만 호출하면 아무것도 검사하지 않고, exp가 없는 토큰은 서버가 따로 제한하지 않는 한 만료되지 않습니다.',
        keyPoints: [
          'NumericDate는 유닉스 에포크 기준 초 단위',
          'exp 시각 이후, nbf 시각 이전에는 거부',
          '시계 오차용 leeway는 몇 초, 길어도 몇 분',
          'Date.now()는 밀리초라서 사실상 만료되지 않는 토큰이 된다',
        ],
        mistakes: [
          {
            myth: 'exp를 밀리초로 넣어도 라이브러리가 알아서 처리한다.',
            fact: 'NumericDate는 초 단위입니다. 밀리초 값은 5만 년 이후를 뜻하고, 일부 라이브러리는 이를 만료되지 않는 토큰으로 받아들입니다.',
          },
        ],
      },
    },
  },
  {
    id: 'what-in-payload',
    topic: 'structure',
    kind: 'follow-up',
    followUps: ['encrypted-or-signed'],
    links: [{ kind: 'debugger', token: 'readablePayload' }],
    text: {
      en: {
        question: 'What should, and should not, go into the payload?',
        answer:
          'Only what a server needs to authorize a request without a lookup, and nothing secret. Typically that is sub as a stable user id, iss, aud, exp, iat, jti, and perhaps a scope or a role. It should not contain passwords, personal data such as email, phone number or address, card numbers or internal details, because the payload of a signed token can be read by anyone who sees the token: the browser, a log file, a proxy. Size matters too: the token travels with every request, some servers reject headers larger than about 8 KB, and a cookie holds only about 4 KB. Claims are also a snapshot. If an admin removes a role, the token keeps saying admin until it expires, so I put stable identifiers in the token and check fast-changing permissions on the server, or keep the access token short. If data truly has to travel confidentially, that is a job for JWE.',
        keyPoints: [
          'Minimal claims: sub, iss, aud, exp, iat, jti, maybe scope',
          'No passwords or personal data: the payload is public',
          'Size limits: ~8 KB headers, ~4 KB cookies',
          'Claims go stale until the token expires',
        ],
        mistakes: [
          {
            myth: 'Putting roles, email or personal data in the payload is harmless.',
            fact: 'It is readable by anyone holding the token, enlarges every request, and a changed role is not reflected until a new token is issued.',
          },
        ],
      },
      ko: {
        question: '페이로드에는 무엇을 넣고, 무엇을 넣으면 안 되나요?',
        answer:
          '서버가 조회 없이 요청을 인가하는 데 꼭 필요한 것만 넣고, 비밀은 넣지 않습니다. 보통 바뀌지 않는 사용자 ID인 sub, 그리고 iss, aud, exp, iat, jti 정도에 필요하면 scope나 role을 추가합니다. 비밀번호, 이메일이나 전화번호, 주소 같은 개인정보, 카드 번호, 내부 시스템 정보는 넣으면 안 됩니다. 서명된 토큰의 페이로드는 브라우저, 로그 파일, 프록시 등 토큰을 본 누구나 읽을 수 있기 때문입니다. 크기도 신경 써야 합니다. 토큰은 모든 요청에 실려 가고, 어떤 서버는 8KB 정도가 넘는 헤더를 거부하며, 쿠키는 4KB 정도밖에 담지 못합니다. 또 클레임은 발급 시점의 스냅샷입니다. 관리자가 권한을 회수해도 토큰은 만료될 때까지 여전히 admin이라고 말하기 때문에, 토큰에는 잘 바뀌지 않는 식별자를 넣고 자주 바뀌는 권한은 서버에서 확인하거나 액세스 토큰을 짧게 가져갑니다. 정말 기밀로 전달해야 하는 데이터라면 JWE를 써야 합니다.',
        keyPoints: [
          '최소한의 클레임: sub, iss, aud, exp, iat, jti, 필요하면 scope',
          '비밀번호, 개인정보 금지: 페이로드는 공개된 것과 같다',
          '크기 제한: 헤더 약 8KB, 쿠키 약 4KB',
          '클레임은 만료될 때까지 갱신되지 않는다',
        ],
        mistakes: [
          {
            myth: '권한이나 이메일 같은 개인정보를 페이로드에 넣어도 괜찮다.',
            fact: '토큰을 가진 누구나 읽을 수 있고, 모든 요청이 커지며, 권한이 바뀌어도 새 토큰이 나올 때까지 반영되지 않습니다.',
          },
        ],
      },
    },
  },
  {
    id: 'decode-vs-verify',
    topic: 'structure',
    kind: 'follow-up',
    followUps: ['alg-none', 'alg-confusion'],
    links: [{ kind: 'debugger', token: 'tamperedPayload' }],
    text: {
      en: {
        question: 'What is the difference between decoding and verifying a JWT? What exactly does the server check?',
        answer:
          'Decoding only turns the base64url parts back into JSON. Anyone can do it, and a forged or edited token decodes just as well as a real one. Verifying is what makes the claims trustworthy. The order I follow: split the token into three parts and decode them; check alg against an allowlist I configured, never the value the token asks for, and reject none; choose the key from a trusted store, by kid if there is one; verify the signature or MAC; then validate the claims: exp and nbf with a small leeway, iss is the issuer I expect, aud contains my service, typ where explicit types are used, and finally application checks such as scopes or a jti denylist. Many libraries have a decode function that skips the signature, for example jwt.decode in node jsonwebtoken; jwt.verify with an algorithms option is the one to use. Authorizing on decoded but unverified claims is a real vulnerability.',
        keyPoints: [
          'decode = read; verify = prove integrity and origin',
          'alg allowlist, trusted key, signature, then exp/nbf, iss, aud, typ',
          'Library decode functions do not verify',
          'A tampered token still decodes',
        ],
        mistakes: [
          {
            myth: 'If I can decode it, it is valid.',
            fact: 'Any token decodes, including a forged one. Only a signature check with the right key and algorithm shows that it is genuine.',
          },
        ],
      },
      ko: {
        question: 'JWT를 디코딩하는 것과 검증하는 것은 어떻게 다른가요? 서버는 정확히 무엇을 확인하나요?',
        answer:
          '디코딩은 base64url로 인코딩된 부분을 JSON으로 되돌리는 것뿐입니다. 누구나 할 수 있고, 위조하거나 수정한 토큰도 진짜와 똑같이 디코딩됩니다. 클레임을 믿을 수 있게 해 주는 것은 검증입니다. 제가 따르는 순서는 이렇습니다. 토큰을 세 부분으로 나눠 디코딩하고, alg가 제가 설정한 허용 목록에 있는지 확인합니다. 토큰이 요구하는 값을 따르지 않고 none은 거부합니다. 그다음 신뢰하는 키 저장소에서, kid가 있으면 kid로 키를 고르고 서명이나 MAC을 검증합니다. 그 뒤에 클레임을 확인합니다. exp와 nbf를 약간의 leeway와 함께 보고, iss가 기대한 발급자인지, aud에 우리 서비스가 포함되는지, 명시적 타입을 쓰면 typ까지 확인한 다음, scope나 jti 블랙리스트 같은 애플리케이션 검사를 합니다. 라이브러리에는 서명을 건너뛰는 decode 함수가 있는 경우가 많은데, node jsonwebtoken의 jwt.decode가 그렇고 실제로는 algorithms 옵션을 준 jwt.verify를 써야 합니다. 검증하지 않고 디코딩만 한 클레임으로 권한을 판단하면 실제 취약점이 됩니다.',
        keyPoints: [
          '디코딩은 읽기, 검증은 무결성과 출처 증명',
          'alg 허용 목록, 신뢰하는 키, 서명, 그다음 exp/nbf, iss, aud, typ',
          '라이브러리의 decode 함수는 검증하지 않는다',
          '변조된 토큰도 디코딩은 된다',
        ],
        mistakes: [
          {
            myth: '디코딩이 되면 유효한 토큰이다.',
            fact: '위조된 토큰도 디코딩은 됩니다. 올바른 키와 알고리즘으로 서명을 검증해야만 진짜인지 알 수 있습니다.',
          },
        ],
      },
    },
  },
  {
    id: 'base64url',
    topic: 'structure',
    kind: 'follow-up',
    followUps: [],
    links: [{ kind: 'debugger', token: 'readablePayload' }],
    text: {
      en: {
        question: 'What is base64url, and why do JWTs use it?',
        answer:
          'Base64url is base64 with a URL-safe alphabet: a minus and an underscore instead of plus and slash, and with the trailing = padding removed. RFC 4648 defines the alphabet and RFC 7515 requires it, without padding, for every JWS segment. Base64 turns each group of 3 bytes into 4 characters from a 64-character alphabet, so the output is about a third larger than the input. The URL-safe variant lets a token sit in a URL fragment, an HTTP header or a cookie without any escaping. It is an encoding, not encryption: anyone can reverse it without a key. One practical detail: the browser function atob expects standard base64 and returns Latin-1 text, so decoding a JWT segment correctly means mapping the alphabet back, restoring padding and decoding the bytes as UTF-8; otherwise Korean names in a payload come out garbled. Strict libraries reject segments that contain plus, slash or equals signs.',
        keyPoints: [
          '- and _ instead of + and /, no = padding',
          '3 bytes become 4 characters (~33% larger)',
          'Safe in URLs, headers and cookies without escaping',
          'Encoding, not encryption; decode to bytes, then UTF-8',
        ],
        mistakes: [
          {
            myth: 'A JWT is just Base64, and Base64 hides the data.',
            fact: 'It is base64url, a different alphabet without padding, and like any encoding it is reversed without a key.',
          },
        ],
      },
      ko: {
        question: 'base64url은 무엇이고, JWT는 왜 이것을 쓰나요?',
        answer:
          'base64url은 URL에 안전한 문자 집합을 쓰는 base64입니다. +와 / 대신 -와 _를 쓰고, 끝의 = 패딩을 뺍니다. 문자 집합은 RFC 4648에 정의되어 있고, RFC 7515가 JWS의 모든 부분에 패딩 없는 base64url을 쓰도록 정했습니다. base64는 3바이트를 64개 문자 중 4글자로 바꾸기 때문에 결과가 원본보다 3분의 1쯤 커집니다. URL 안전 버전을 쓰면 토큰을 URL 프래그먼트, HTTP 헤더, 쿠키에 따로 이스케이프하지 않고 넣을 수 있습니다. 어디까지나 인코딩이지 암호화가 아니라서 키 없이 누구나 되돌릴 수 있습니다. 실무에서 자주 걸리는 부분이 있는데, 브라우저의 atob는 표준 base64를 받아서 Latin-1 문자열을 돌려줍니다. 그래서 JWT를 제대로 디코딩하려면 문자 집합을 되돌리고 패딩을 채운 다음 바이트를 UTF-8로 디코딩해야 하고, 그러지 않으면 페이로드의 한글 이름이 깨집니다. 엄격한 라이브러리는 +, /, =가 들어간 토큰을 거부합니다.',
        keyPoints: [
          '+와 / 대신 -와 _, = 패딩 없음',
          '3바이트가 4글자가 된다(약 33% 증가)',
          'URL, 헤더, 쿠키에 이스케이프 없이 넣을 수 있다',
          '암호화가 아닌 인코딩, 바이트로 되돌린 뒤 UTF-8로 디코딩',
        ],
        mistakes: [
          {
            myth: 'JWT는 그냥 Base64이고, Base64로 데이터를 숨긴다.',
            fact: '패딩 없는 다른 문자 집합인 base64url이고, 모든 인코딩처럼 키 없이 되돌릴 수 있습니다.',
          },
        ],
      },
    },
  },
];
