import type { Question } from './types';

/** Known weaknesses, attacks on verification and what a stolen token means. */
export const SECURITY_QUESTIONS: Question[] = [
  {
    id: 'security-weaknesses',
    topic: 'security',
    kind: 'main',
    followUps: ['access-token-stolen', 'refresh-token-stolen', 'alg-none', 'hmac-secret'],
    links: [
      { kind: 'debugger', token: 'algNone' },
      { kind: 'lifecycle', step: 5 },
    ],
    text: {
      en: {
        question: 'People say JWTs are weak on security. What do you think, and how do you respond?',
        answer:
          'I would say JWT itself is not weak, but it is easy to use weakly, and it has one built-in limit: a stolen token works until it expires, because the server does not look it up. My response has a few parts. Keep the access token short, around 10 to 30 minutes, and pair it with a longer refresh token, days or weeks, that the server stores as a hash, can revoke and rotates so reuse is detected. Send tokens only over HTTPS in the Authorization header, never in a URL. Keep them away from XSS: the access token in memory, the refresh token in an HttpOnly, Secure, SameSite cookie. On the server, pin the algorithm and reject alg none, use a random 256-bit secret or asymmetric keys, take keys only from a trusted store, and always check exp, iss and aud. And nothing secret goes into the payload. Compared with sessions the real difference is revocation, and the stored refresh token gives that control back.',
        keyPoints: [
          'The core limit: a bearer token stays valid until exp',
          'Short access token + stored, revocable, rotated refresh token',
          'Transport and storage: HTTPS, header not URL, memory/HttpOnly cookie',
          'Verifier hygiene: algorithm allowlist, strong keys, exp/iss/aud',
        ],
        mistakes: [
          {
            myth: 'JWT is more secure than sessions.',
            fact: 'Neither is more secure by nature. Sessions make revocation easy; JWTs make verification local. The risks sit in different places.',
          },
          {
            myth: 'The access token should live long so users are not logged out.',
            fact: 'The access token is the short one. The refresh token is the long-lived credential, and it goes only to the authorization server.',
          },
        ],
      },
      ko: {
        question: 'JWT는 보안에 취약하다는 말이 있는데, 어떻게 생각하고 어떻게 대응하나요?',
        answer:
          'JWT 자체가 취약하다기보다 약하게 쓰기 쉬운 기술이라고 생각합니다. 구조적인 한계는 하나 있습니다. 서버가 토큰을 조회하지 않기 때문에, 탈취된 토큰은 만료될 때까지 그대로 쓸 수 있다는 점입니다. 그래서 몇 가지로 대응합니다. 액세스 토큰은 10분에서 30분 정도로 짧게 두고, 며칠에서 몇 주 가는 리프레시 토큰을 함께 쓰되, 서버가 해시로 저장해서 무효화할 수 있게 하고 로테이션으로 재사용을 감지합니다. 토큰은 HTTPS로, Authorization 헤더에만 담고 URL에는 넣지 않습니다. XSS로부터 지키기 위해 액세스 토큰은 메모리에, 리프레시 토큰은 HttpOnly, Secure, SameSite 쿠키에 둡니다. 서버에서는 알고리즘을 고정해서 alg none을 거부하고, 256비트 랜덤 시크릿이나 비대칭키를 쓰고, 키는 신뢰하는 저장소에서만 가져오며, exp, iss, aud를 항상 검사합니다. 페이로드에는 민감한 정보를 넣지 않습니다. 세션과 비교하면 결국 차이는 무효화인데, 서버에 저장하는 리프레시 토큰으로 그 통제권을 다시 가져오는 것입니다.',
        keyPoints: [
          '핵심 한계: Bearer 토큰은 exp까지 유효하다',
          '짧은 액세스 토큰 + 서버에 저장하고 무효화, 로테이션하는 리프레시 토큰',
          '전송과 저장: HTTPS, URL이 아닌 헤더, 메모리/HttpOnly 쿠키',
          '검증 쪽 기본기: 알고리즘 허용 목록, 강한 키, exp/iss/aud 검사',
        ],
        mistakes: [
          {
            myth: '세션은 보안성이 좋고 토큰은 확장성이 좋다, 또는 JWT가 세션보다 안전하다.',
            fact: '어느 쪽이 본질적으로 더 안전하지 않습니다. 세션은 무효화가 쉽고 JWT는 로컬 검증이 가능할 뿐, 위험이 다른 곳에 있습니다.',
          },
          {
            myth: '사용자가 로그아웃되지 않도록 액세스 토큰의 유효기간을 길게 잡는다.',
            fact: '짧아야 하는 쪽이 액세스 토큰입니다. 오래 가는 것은 리프레시 토큰이고, 그것은 인가 서버에만 보냅니다.',
          },
        ],
      },
    },
  },
  {
    id: 'alg-none',
    topic: 'security',
    kind: 'follow-up',
    followUps: ['alg-confusion'],
    links: [{ kind: 'debugger', token: 'algNone' }],
    text: {
      en: {
        question: 'What is alg none, and why is it dangerous?',
        answer:
          'RFC 7518 defines none for an Unsecured JWS: the header says alg none and the signature part is empty, so the token ends with a dot. RFC 7519 allows it for cases where the content is already protected by other means. The danger is a verifier that trusts the header. An attacker takes a valid token, changes role to admin, sets alg to none, drops the signature, and a naive library accepts it because there is nothing to check. Several libraries did exactly this around 2015. RFC 8725, the JWT best current practices, says libraries should not produce or accept none unless the caller explicitly asks for it, and must let the application choose the accepted algorithms. So my verify call always passes an explicit allowlist, for example only RS256, and none is never on it. I would also keep a test that sends an alg none token to the API and expects 401.',
        keyPoints: [
          'Unsecured JWS (RFC 7518 §3.6): empty signature',
          'Attack: edit claims, set alg none, drop signature',
          'RFC 8725: not accepted unless explicitly requested; allowlist algorithms',
          'Test that the API rejects it',
        ],
        mistakes: [
          {
            myth: 'The server should use the algorithm written in the token header.',
            fact: 'The server fixes an allowlist of algorithms and ties each key to one algorithm. The header is attacker-controlled until verified.',
          },
        ],
      },
      ko: {
        question: 'alg none은 무엇이고, 왜 위험한가요?',
        answer:
          'RFC 7518은 서명 없는 JWS를 위해 none이라는 알고리즘을 정의합니다. 헤더에 alg가 none이고 서명 부분이 비어 있어서 토큰이 점으로 끝납니다. RFC 7519는 다른 수단으로 내용이 이미 보호되는 경우에 쓰라고 허용합니다. 문제는 헤더를 그대로 믿는 검증 코드입니다. 공격자가 정상 토큰을 가져와 role을 admin으로 바꾸고 alg를 none으로 바꾼 다음 서명을 지우면, 허술한 라이브러리는 확인할 서명이 없으니 그냥 통과시킵니다. 2015년 무렵 실제로 여러 라이브러리가 이렇게 동작했습니다. JWT 모범 사례인 RFC 8725는 호출하는 쪽이 명시적으로 요청하지 않는 한 라이브러리가 none을 만들거나 받아들이면 안 되고, 허용할 알고리즘을 애플리케이션이 정할 수 있어야 한다고 합니다. 그래서 저는 verify를 호출할 때 항상 RS256만 허용하는 식으로 허용 목록을 명시하고, none은 절대 넣지 않습니다. alg none 토큰을 보내면 401이 나오는지 확인하는 테스트도 두겠습니다.',
        keyPoints: [
          '서명 없는 JWS(RFC 7518 §3.6): 서명 부분이 비어 있음',
          '공격: 클레임 수정, alg를 none으로, 서명 제거',
          'RFC 8725: 명시적 요청 없이는 거부, 알고리즘 허용 목록',
          'API가 거부하는지 테스트로 확인',
        ],
        mistakes: [
          {
            myth: '서버는 토큰 헤더에 적힌 알고리즘으로 검증하면 된다.',
            fact: '서버가 허용 알고리즘 목록을 정하고 키마다 알고리즘 하나만 씁니다. 헤더는 검증 전까지 공격자가 조작할 수 있는 입력입니다.',
          },
        ],
      },
    },
  },
  {
    id: 'alg-confusion',
    topic: 'security',
    kind: 'follow-up',
    followUps: ['hs256-vs-rs256'],
    links: [{ kind: 'debugger', token: 'tamperedPayload' }],
    text: {
      en: {
        question: 'What is an algorithm confusion attack (RS256 to HS256)?',
        answer:
          'It targets a server that signs with RS256 but lets the token header choose the algorithm when verifying. The RSA public key is public by design. The attacker edits the payload, sets alg to HS256 and computes an HMAC using the bytes of that public key as the secret. A naive library sees HS256, takes the key it was configured with, which is the public key, uses it as an HMAC secret, and the MAC matches. The forged token is accepted. This was CVE-2015-9235 in node jsonwebtoken before version 4.2.2. The fix, written into RFC 8725, is that the application specifies which algorithms it accepts and the library must not use any other, and that each key is used with exactly one algorithm. Modern libraries also check the key type, so an RSA public key cannot be used as an HMAC secret at all.',
        keyPoints: [
          'Verifier trusts the header alg; attacker switches RS256 to HS256',
          'The public key becomes the HMAC secret',
          'CVE-2015-9235 (node jsonwebtoken < 4.2.2)',
          'Fix: algorithm allowlist, one algorithm per key, key-type checks',
        ],
        mistakes: [
          {
            myth: 'A public key is safe to use anywhere because it is public.',
            fact: 'It is safe for verifying signatures. Used as an HMAC secret it lets anyone who knows it, which is everyone, forge tokens.',
          },
        ],
      },
      ko: {
        question: '알고리즘 혼동(RS256에서 HS256으로) 공격이란 무엇인가요?',
        answer:
          'RS256으로 서명하면서 검증할 때는 토큰 헤더가 알고리즘을 고르게 두는 서버를 노리는 공격입니다. RSA 공개키는 원래 공개된 값입니다. 공격자는 페이로드를 수정하고 alg를 HS256으로 바꾼 다음, 그 공개키 바이트를 시크릿으로 삼아 HMAC을 계산합니다. 허술한 라이브러리는 HS256을 보고 설정된 키, 즉 공개키를 HMAC 시크릿으로 쓰고, 그러면 MAC이 일치해서 위조 토큰이 통과합니다. node jsonwebtoken 4.2.2 이전 버전의 CVE-2015-9235가 바로 이 문제였습니다. 해결책은 RFC 8725에 정리되어 있는데, 허용할 알고리즘은 애플리케이션이 지정하고 라이브러리는 그 밖의 알고리즘을 쓰면 안 되며, 키 하나는 정확히 한 알고리즘에만 써야 한다는 것입니다. 요즘 라이브러리는 키 타입도 확인하기 때문에 RSA 공개키를 HMAC 시크릿으로 쓰는 것 자체를 막습니다.',
        keyPoints: [
          '검증자가 헤더의 alg를 믿고, 공격자가 RS256을 HS256으로 바꾼다',
          '공개키가 HMAC 시크릿으로 쓰인다',
          'CVE-2015-9235 (node jsonwebtoken 4.2.2 미만)',
          '대응: 알고리즘 허용 목록, 키당 알고리즘 하나, 키 타입 검사',
        ],
        mistakes: [
          {
            myth: '공개키는 공개된 값이니 어디에 써도 안전하다.',
            fact: '서명 검증에 쓸 때만 안전합니다. HMAC 시크릿으로 쓰면 그 키를 아는 모든 사람, 즉 누구나 토큰을 위조할 수 있습니다.',
          },
        ],
      },
    },
  },
  {
    id: 'hs256-vs-rs256',
    topic: 'security',
    kind: 'follow-up',
    followUps: ['key-rotation'],
    links: [{ kind: 'debugger', token: 'accessTokenProfile' }],
    text: {
      en: {
        question: 'HS256 or RS256: what is the difference, and which would you choose?',
        answer:
          'HS256 is HMAC with SHA-256: one shared secret both creates and checks the MAC. It is fast and simple, but everyone who can verify can also mint tokens, so it suits one service that issues and verifies its own tokens. RS256 is an RSA signature with SHA-256, and ES256 is ECDSA on the P-256 curve: the issuer signs with a private key that never leaves it, and any number of services verify with the public key, which can be published as a JWKS with a kid for each key. A verifier that gets compromised still cannot forge tokens. So for a single monolith I am fine with HS256 and a strong random secret, and once several services or outside parties verify tokens I would use RS256 or ES256. ES256 gives far smaller keys and signatures than RS256, 64 bytes against 256 for a 2048-bit key, at comparable strength.',
        keyPoints: [
          'HS256: symmetric MAC, verifiers can also mint',
          'RS256/ES256: private key signs, public key verifies',
          'Public keys are shared as a JWKS, chosen by kid',
          'One service: HS256 is fine; many verifiers: asymmetric',
        ],
        mistakes: [
          {
            myth: 'HS256 is the same as a SHA-256 hash of the token.',
            fact: 'HS256 is HMAC-SHA-256, keyed with a secret. A bare hash has no key, so anyone could compute it.',
          },
        ],
      },
      ko: {
        question: 'HS256과 RS256은 무엇이 다르고, 어떤 것을 선택하겠어요?',
        answer:
          'HS256은 SHA-256을 쓰는 HMAC으로, 시크릿 하나를 공유해서 MAC을 만들고 검증합니다. 빠르고 단순하지만 검증할 수 있는 쪽이 토큰을 만들 수도 있기 때문에, 한 서비스가 직접 발급하고 직접 검증하는 구조에 맞습니다. RS256은 SHA-256을 쓰는 RSA 서명이고 ES256은 P-256 곡선의 ECDSA입니다. 발급자는 밖으로 나가지 않는 개인키로 서명하고, 여러 서비스가 공개키로 검증하며, 공개키는 키마다 kid를 붙인 JWKS로 공개할 수 있습니다. 검증하는 서버 하나가 뚫려도 토큰을 위조할 수는 없습니다. 그래서 모놀리스 하나라면 강한 랜덤 시크릿과 HS256으로 충분하고, 여러 서비스나 외부에서 토큰을 검증해야 한다면 RS256이나 ES256을 쓰겠습니다. ES256은 비슷한 강도에서 키와 서명이 RS256보다 훨씬 작습니다. 서명만 봐도 2048비트 RSA의 256바이트에 비해 64바이트입니다.',
        keyPoints: [
          'HS256: 대칭키 MAC, 검증자도 토큰을 만들 수 있다',
          'RS256/ES256: 개인키로 서명, 공개키로 검증',
          '공개키는 JWKS로 공유하고 kid로 고른다',
          '서비스 하나면 HS256, 검증자가 많으면 비대칭키',
        ],
        mistakes: [
          {
            myth: 'HS256은 토큰을 SHA-256으로 해싱한 것과 같다.',
            fact: 'HS256은 시크릿 키를 쓰는 HMAC-SHA-256입니다. 키 없는 해시라면 누구나 계산할 수 있습니다.',
          },
        ],
      },
    },
  },
  {
    id: 'hmac-secret',
    topic: 'security',
    kind: 'follow-up',
    followUps: ['hs256-vs-rs256'],
    links: [{ kind: 'debugger', token: 'weakSecret' }],
    text: {
      en: {
        question: 'How strong does an HS256 secret need to be?',
        answer:
          'RFC 7518 requires an HMAC key at least as long as the hash output: 256 bits, which is 32 bytes, for HS256, 384 bits for HS384 and 512 for HS512. RFC 8725 adds that human-memorable passwords must not be used directly as keys. The reason is offline cracking. One valid HS256 token is enough for an attacker to test huge numbers of candidate secrets per second with hashcat or John the Ripper, without ever contacting the server, and once a guess matches they can sign any claims they like. So I generate the secret with a cryptographically secure random generator, for example 32 bytes from crypto.randomBytes or openssl rand, keep it in a secret manager or environment variable and never in the repository, use different secrets for different purposes, and have a plan to rotate it. A value like "secret", or an example copied from a tutorial, falls to the first wordlist.',
        keyPoints: [
          'Key length at least the hash output: 32 bytes for HS256 (RFC 7518 §3.2)',
          'No passwords as keys (RFC 8725)',
          'One token allows offline brute force',
          'CSPRNG, secret storage, separate per purpose, rotation',
        ],
        mistakes: [
          {
            myth: 'Any string works as an HS256 secret.',
            fact: 'It must be at least 256 random bits. A password-like secret is cracked offline from a single token.',
          },
        ],
      },
      ko: {
        question: 'HS256 시크릿은 얼마나 강해야 하나요?',
        answer:
          'RFC 7518은 HMAC 키가 해시 출력 길이 이상이어야 한다고 정합니다. HS256이면 256비트, 즉 32바이트이고, HS384는 384비트, HS512는 512비트입니다. RFC 8725는 사람이 외울 수 있는 비밀번호를 키로 그대로 쓰면 안 된다고 덧붙입니다. 이유는 오프라인 무차별 대입입니다. 공격자는 정상 HS256 토큰 하나만 있으면 서버에 요청 한 번 보내지 않고 hashcat이나 John the Ripper로 초당 엄청난 수의 후보 시크릿을 시험할 수 있고, 하나라도 맞으면 원하는 클레임으로 토큰을 서명할 수 있습니다. 그래서 시크릿은 crypto.randomBytes나 openssl rand 같은 암호학적으로 안전한 난수 생성기로 32바이트 이상 만들고, 저장소 코드가 아니라 시크릿 매니저나 환경 변수에 두며, 용도마다 다른 시크릿을 쓰고, 교체 계획도 세워 둡니다. "secret"이나 튜토리얼 예제를 그대로 복사한 값은 가장 흔한 단어 목록에서 바로 뚫립니다.',
        keyPoints: [
          '키 길이는 해시 출력 이상: HS256은 32바이트(RFC 7518 §3.2)',
          '비밀번호를 키로 쓰지 않는다(RFC 8725)',
          '토큰 하나로 오프라인 무차별 대입이 가능하다',
          '안전한 난수, 시크릿 저장소, 용도별 분리, 교체',
        ],
        mistakes: [
          {
            myth: 'HS256 시크릿은 아무 문자열이나 써도 된다.',
            fact: '256비트 이상의 랜덤 값이어야 합니다. 비밀번호 같은 시크릿은 토큰 하나로 오프라인에서 뚫립니다.',
          },
        ],
      },
    },
  },
  {
    id: 'header-key-injection',
    topic: 'security',
    kind: 'follow-up',
    followUps: ['key-rotation'],
    links: [{ kind: 'debugger', token: 'keyInHeader' }],
    text: {
      en: {
        question: 'Why should a server not trust jku, jwk or kid in the token header?',
        answer:
          'The JWS header can name or carry key material. jku and x5u are URLs of a key set or a certificate, jwk embeds a public key, x5c embeds a certificate chain, and kid is a key identifier. All of it is attacker-controlled input until the signature is verified, and the key is exactly what makes verification meaningful. If a server fetches the jku URL, an attacker points it at their own key set, signs with their own private key and passes; the fetch itself can also be abused for server-side request forgery. An embedded jwk is the same trick without a network call. kid values have been used for SQL injection and path traversal when servers put them into a query or a file path. The rule from RFC 8725 is to resolve keys only from a trusted, preconfigured source: a pinned key, or the issuer\'s jwks_uri that I configured, and to use kid only as a lookup key into that set.',
        keyPoints: [
          'jku/x5u/jwk/x5c/kid are unverified input',
          'Attacker-hosted or embedded keys make forged tokens pass',
          'jku fetch enables SSRF; kid enables injection or path traversal',
          'Keys only from a preconfigured, trusted source',
        ],
        mistakes: [
          {
            myth: 'The header is signed, so its values can be trusted.',
            fact: 'The header is covered by the signature, but you need the key to check that signature. A key taken from the header proves nothing.',
          },
        ],
      },
      ko: {
        question: '토큰 헤더의 jku, jwk, kid를 서버가 믿으면 안 되는 이유는 무엇인가요?',
        answer:
          'JWS 헤더에는 키를 가리키거나 키를 직접 담는 값이 들어갈 수 있습니다. jku와 x5u는 키 세트나 인증서의 URL이고, jwk는 공개키를, x5c는 인증서 체인을 그대로 담으며, kid는 키 식별자입니다. 이 값들은 서명을 검증하기 전까지 공격자가 마음대로 넣을 수 있는 입력인데, 검증을 의미 있게 만드는 것이 바로 키입니다. 서버가 jku URL에서 키를 받아 오면, 공격자는 자기 키 세트 주소를 넣고 자기 개인키로 서명해서 검증을 통과합니다. 그 요청 자체가 SSRF로 악용될 수도 있습니다. 헤더에 넣은 jwk도 네트워크 요청만 없을 뿐 같은 수법입니다. kid는 서버가 그 값을 쿼리나 파일 경로에 넣는 바람에 SQL 인젝션이나 경로 조작에 쓰인 사례가 있습니다. RFC 8725의 원칙은 키를 미리 설정한 신뢰할 수 있는 곳, 즉 고정된 키나 제가 설정한 발급자의 jwks_uri에서만 가져오고, kid는 그 키 세트 안에서 찾는 데만 쓰는 것입니다.',
        keyPoints: [
          'jku/x5u/jwk/x5c/kid는 검증되지 않은 입력',
          '공격자가 호스팅하거나 헤더에 넣은 키로 위조 토큰이 통과한다',
          'jku 요청은 SSRF, kid는 인젝션과 경로 조작으로 이어질 수 있다',
          '키는 미리 설정한 신뢰할 수 있는 곳에서만',
        ],
        mistakes: [
          {
            myth: '헤더도 서명되니까 헤더 값은 믿어도 된다.',
            fact: '헤더도 서명 대상이지만, 그 서명을 확인하려면 키가 필요합니다. 헤더에서 꺼낸 키로는 아무것도 증명되지 않습니다.',
          },
        ],
      },
    },
  },
  {
    id: 'access-token-stolen',
    topic: 'security',
    kind: 'follow-up',
    followUps: ['logout', 'refresh-token-stolen'],
    links: [
      { kind: 'lifecycle', step: 8 },
      { kind: 'debugger', token: 'longLived' },
    ],
    text: {
      en: {
        question: 'What happens if an access token is stolen?',
        answer:
          'An access token is a bearer token: whoever presents it is treated as the user until it expires, because the API checks only the signature and claims, not who sends it. The server cannot tell the attacker from the user. So the first defence is a short lifetime, for example 10 to 15 minutes, which bounds the damage. Then make theft hard: HTTPS only, the token kept in memory rather than localStorage, a strict Content Security Policy against XSS, and never a token in a URL or a log. If I must cut access immediately, the API can check a denylist of jti values, kept until each token\'s exp, at the cost of a lookup per request. For stronger protection there are sender-constrained tokens: DPoP or mutual TLS bind the token to a key that the client holds, so a copied token alone is useless. Logging out or refreshing does not stop a copy that was already taken.',
        keyPoints: [
          'Bearer: valid for whoever holds it, until exp',
          'Short lifetime limits the damage',
          'Prevent theft: HTTPS, memory storage, CSP, no URLs or logs',
          'Immediate cut-off needs a jti denylist; DPoP/mTLS bind tokens to a key',
        ],
        mistakes: [
          {
            myth: 'When the user logs out, the stolen token stops working.',
            fact: 'Deleting the token in the browser does not invalidate copies. They work until exp unless the API checks a denylist.',
          },
        ],
      },
      ko: {
        question: '액세스 토큰이 탈취되면 어떻게 되나요?',
        answer:
          '액세스 토큰은 Bearer 토큰이라서, 가진 사람이 누구든 만료될 때까지 그 사용자로 취급됩니다. API는 서명과 클레임만 확인하지 누가 보냈는지는 확인하지 않기 때문에, 서버는 공격자와 실제 사용자를 구분할 수 없습니다. 그래서 첫 번째 방어는 유효기간을 10분에서 15분 정도로 짧게 두어 피해 범위를 줄이는 것입니다. 그다음은 탈취 자체를 어렵게 하는 것입니다. HTTPS만 쓰고, 토큰은 로컬 스토리지가 아니라 메모리에 두고, 엄격한 CSP로 XSS를 막고, URL이나 로그에 토큰이 남지 않게 합니다. 즉시 차단해야 한다면 API가 jti 블랙리스트를 각 토큰의 exp까지 유지하며 확인할 수 있는데, 요청마다 조회 비용이 듭니다. 더 강하게 막으려면 송신자 제약 토큰을 씁니다. DPoP나 mTLS는 토큰을 클라이언트가 가진 키에 묶기 때문에 토큰만 복사해서는 쓸 수 없습니다. 그리고 로그아웃이나 재발급을 해도 이미 복사된 토큰은 막지 못한다는 점을 기억해야 합니다.',
        keyPoints: [
          'Bearer 토큰: 가진 사람 누구에게나 exp까지 유효',
          '짧은 유효기간이 피해를 제한한다',
          '탈취 예방: HTTPS, 메모리 저장, CSP, URL과 로그 금지',
          '즉시 차단은 jti 블랙리스트, DPoP/mTLS는 토큰을 키에 묶는다',
        ],
        mistakes: [
          {
            myth: '사용자가 로그아웃하면 탈취된 토큰도 더 이상 쓸 수 없다.',
            fact: '브라우저에서 토큰을 지워도 복사본은 무효화되지 않습니다. API가 블랙리스트를 확인하지 않는 한 exp까지 동작합니다.',
          },
        ],
      },
    },
  },
  {
    id: 'refresh-token-stolen',
    topic: 'security',
    kind: 'follow-up',
    followUps: ['rotation', 'concurrent-refresh'],
    links: [{ kind: 'lifecycle', step: 6 }],
    text: {
      en: {
        question: 'What happens if a refresh token is stolen?',
        answer:
          'That is worse, because a refresh token can mint new access tokens for days or weeks. Defences come in layers. Store it where scripts cannot read it: an HttpOnly, Secure, SameSite cookie scoped to the refresh endpoint, or keep all tokens on a backend-for-frontend. On the server, store only a hash of it, so a database leak does not hand out usable tokens, and give it both an absolute and an idle expiry. The main detection is refresh token rotation: every refresh returns a new refresh token and invalidates the old one, while the server remembers the chain. If an already used token comes back, either the attacker or the real user is replaying it. The server cannot tell which, so it revokes the whole family and both must log in again. RFC 9700 requires public clients such as SPAs to use rotation or sender-constrained refresh tokens. Rotation detects theft after the fact: an attacker who refreshes first stays in until the real user\'s next refresh.',
        keyPoints: [
          'Long-lived credential: bigger damage than an access token',
          'HttpOnly cookie or BFF; hashed in the database; absolute + idle expiry',
          'Rotation with reuse detection revokes the whole family',
          'RFC 9700: public clients rotate or sender-constrain',
        ],
        mistakes: [
          {
            myth: 'Refresh token rotation alone prevents theft.',
            fact: 'It detects reuse after the fact. An attacker who refreshes first is in until the victim refreshes; DPoP or a BFF reduce the chance of theft itself.',
          },
        ],
      },
      ko: {
        question: '리프레시 토큰이 탈취되면 어떻게 되나요?',
        answer:
          '더 심각합니다. 리프레시 토큰으로는 며칠에서 몇 주 동안 새 액세스 토큰을 계속 발급받을 수 있기 때문입니다. 방어는 여러 겹으로 합니다. 먼저 스크립트가 읽을 수 없는 곳에 저장합니다. 재발급 엔드포인트로 경로를 제한한 HttpOnly, Secure, SameSite 쿠키에 두거나, 토큰을 아예 BFF 서버에만 둡니다. 서버에는 리프레시 토큰의 해시만 저장해서 DB가 유출돼도 바로 쓸 수 있는 토큰이 나가지 않게 하고, 절대 만료와 유휴 만료를 둘 다 둡니다. 탈취를 감지하는 핵심은 리프레시 토큰 로테이션(RTR)입니다. 재발급할 때마다 새 리프레시 토큰을 주고 이전 것은 무효화하면서, 서버는 그 연결 고리를 기억합니다. 이미 쓴 토큰이 다시 들어오면 공격자든 실제 사용자든 둘 중 하나가 재사용하고 있다는 뜻인데, 서버는 누구인지 알 수 없으니 그 패밀리 전체를 무효화하고 양쪽 다 다시 로그인하게 합니다. RFC 9700은 SPA 같은 public 클라이언트에 로테이션이나 송신자 제약을 요구합니다. 다만 로테이션은 사후 감지라서, 공격자가 먼저 재발급하면 실제 사용자가 다음에 재발급할 때까지는 공격자가 접근할 수 있습니다.',
        keyPoints: [
          '오래 가는 자격 증명이라 액세스 토큰보다 피해가 크다',
          'HttpOnly 쿠키나 BFF, DB에는 해시로, 절대 만료와 유휴 만료',
          '재사용 감지가 있는 로테이션으로 패밀리 전체를 무효화',
          'RFC 9700: public 클라이언트는 로테이션 또는 송신자 제약',
        ],
        mistakes: [
          {
            myth: '리프레시 토큰 로테이션만 하면 탈취를 막을 수 있다.',
            fact: '로테이션은 재사용을 사후에 감지할 뿐입니다. 공격자가 먼저 재발급하면 피해자가 재발급할 때까지 접근할 수 있고, 탈취 자체를 줄이는 것은 DPoP나 BFF입니다.',
          },
        ],
      },
    },
  },
];
