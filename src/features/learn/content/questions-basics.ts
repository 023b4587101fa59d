import type { Question } from './types';

/** What a JWT is, why teams pick it and what it costs. */
export const BASICS_QUESTIONS: Question[] = [
  {
    id: 'what-is-jwt',
    topic: 'basics',
    kind: 'main',
    followUps: ['encrypted-or-signed', 'claims', 'jwt-vs-oauth'],
    links: [{ kind: 'debugger', token: 'accessTokenProfile' }],
    text: {
      en: {
        question: 'What is a JWT?',
        answer:
          'A JWT, or JSON Web Token, is a compact, URL-safe format defined in RFC 7519 for passing claims between two parties. Claims are small statements such as who the user is, who issued the token and when it expires, written as a JSON object. In practice a JWT is almost always signed, which makes it a JWS: three base64url parts, header, payload and signature, joined by dots. The signature lets a server check that the token came from a trusted issuer and that nobody changed it, using only a key and no database lookup, so the token is self-contained. That is why JWTs are mostly used as access tokens. One thing I keep in mind: signed does not mean encrypted. Anyone who holds the token can decode the payload, so it must not carry secrets. If the content has to be hidden, there is JWE, an encrypted form with five parts.',
        keyPoints: [
          'A token format (RFC 7519) for claims, not an authentication protocol',
          'Signed JWS with three base64url parts: header.payload.signature',
          'Self-contained: a server verifies it with a key, without a lookup',
          'The payload is readable by anyone; JWE is the encrypted variant',
        ],
        mistakes: [
          {
            myth: 'A JWT is an encrypted token, so its content is hidden.',
            fact: 'A signed JWT is only encoded. Anyone can base64url-decode the header and payload; only JWE (five parts) encrypts.',
          },
        ],
      },
      ko: {
        question: 'JWT란 무엇인가요?',
        answer:
          'JWT는 JSON Web Token의 약자로, RFC 7519에 정의된 토큰 형식입니다. 사용자가 누구인지, 누가 발급했는지, 언제 만료되는지 같은 정보, 즉 클레임을 JSON 객체로 담아서 두 당사자가 주고받을 수 있게 짧고 URL에 안전한 문자열로 만든 것입니다. 실무에서는 거의 항상 서명된 형태인 JWS로 쓰는데, 헤더, 페이로드, 서명 세 부분을 각각 base64url로 인코딩해서 점으로 이어 붙인 구조입니다. 서명이 있기 때문에 서버는 DB를 조회하지 않고 키만으로 "믿을 수 있는 곳에서 발급했고 중간에 바뀌지 않았다"는 것을 검증할 수 있고, 그래서 토큰 자체에 필요한 정보가 다 들어 있는 self-contained 토큰이라고 합니다. 주로 액세스 토큰으로 많이 씁니다. 다만 서명은 암호화가 아니라서 토큰을 가진 사람은 누구나 페이로드를 디코딩해서 읽을 수 있습니다. 그래서 민감한 정보는 넣지 않고, 내용을 숨겨야 한다면 다섯 부분으로 된 JWE를 써야 합니다.',
        keyPoints: [
          '인증 프로토콜이 아니라 클레임을 담는 토큰 형식(RFC 7519)이다',
          '서명된 JWS는 header.payload.signature 세 부분, 각각 base64url 인코딩',
          'self-contained: 서버가 조회 없이 키만으로 검증한다',
          '페이로드는 누구나 읽을 수 있고, 암호화가 필요하면 JWE를 쓴다',
        ],
        mistakes: [
          {
            myth: 'JWT는 인증 정보를 암호화한 토큰이라 내용이 숨겨진다.',
            fact: '서명된 JWT는 인코딩만 되어 있어서 누구나 헤더와 페이로드를 디코딩할 수 있습니다. 암호화는 다섯 부분으로 된 JWE만 합니다.',
          },
        ],
      },
    },
  },
  {
    id: 'why-jwt',
    topic: 'basics',
    kind: 'main',
    followUps: ['why-not-sessions', 'expiry-times', 'refresh-token-storage'],
    links: [{ kind: 'lifecycle', step: 4 }],
    text: {
      en: {
        question: 'Have you used JWTs? Why did you choose them?',
        answer:
          'Yes. In my project the API server issued a short-lived JWT access token after login, and the front end sent it in the Authorization header. I chose it for three reasons. First, verification is local: any API server that has the key can check the signature and read the user id from the token, without asking a session store, which fits a setup with several servers or separate services. Second, it works the same for a web SPA, a mobile app or another service, because it is just a header, not a browser cookie tied to one domain. Third, every major language has a mature library, so I did not write any crypto myself. I also knew the trade-offs: a token cannot be taken back before it expires, so I kept the access token short and used a refresh token that the server stores and can revoke.',
        keyPoints: [
          'A concrete setup: who issues, where it is sent, how it is verified',
          'Local verification with a key, no shared session store',
          'Works across web, mobile and services; libraries everywhere',
          'Names the cost: revocation, hence short expiry plus a revocable refresh token',
        ],
        mistakes: [
          {
            myth: 'I used JWT because it is more secure than sessions.',
            fact: 'It is a different trade-off, not more security. Sessions are easier to revoke; JWTs are easier to verify across many servers.',
          },
        ],
      },
      ko: {
        question: 'JWT를 사용해 본 적이 있나요? 왜 선택했나요?',
        answer:
          '네, 프로젝트에서 로그인하면 API 서버가 유효기간이 짧은 JWT 액세스 토큰을 발급하고, 프론트엔드는 요청마다 Authorization 헤더에 담아 보내는 방식으로 썼습니다. 선택한 이유는 세 가지입니다. 첫째, 검증을 각 서버에서 로컬로 할 수 있습니다. 키만 있으면 어느 API 서버든 서명을 검증하고 토큰에서 사용자 ID를 꺼낼 수 있어서, 서버가 여러 대이거나 서비스가 나뉘어 있어도 세션 저장소를 공유할 필요가 없습니다. 둘째, 웹 SPA, 모바일 앱, 서버 간 통신에서 똑같이 헤더 하나로 동작해서 특정 도메인의 쿠키에 묶이지 않습니다. 셋째, 거의 모든 언어에 검증된 라이브러리가 있어서 암호 코드를 직접 짤 필요가 없었습니다. 단점도 알고 썼습니다. 한 번 발급한 토큰은 만료 전에 회수하기 어렵기 때문에 액세스 토큰은 짧게 두고, 서버가 저장하고 무효화할 수 있는 리프레시 토큰을 함께 썼습니다.',
        keyPoints: [
          '누가 발급하고, 어디에 담아 보내고, 어떻게 검증했는지 구체적으로',
          '세션 저장소 공유 없이 키만으로 로컬 검증',
          '웹, 모바일, 서비스 간에 똑같이 동작하고 라이브러리가 풍부함',
          '단점(회수 어려움)과 대응(짧은 만료 + 무효화 가능한 리프레시 토큰)까지 언급',
        ],
        mistakes: [
          {
            myth: '세션보다 보안이 좋아서 JWT를 썼다.',
            fact: '보안이 더 좋은 게 아니라 트레이드오프가 다릅니다. 세션은 무효화가 쉽고, JWT는 여러 서버에서 검증하기 쉽습니다.',
          },
        ],
      },
    },
  },
  {
    id: 'pros-cons',
    topic: 'basics',
    kind: 'main',
    followUps: ['stateless-really', 'what-in-payload', 'why-not-sessions'],
    links: [{ kind: 'debugger', token: 'readablePayload' }],
    text: {
      en: {
        question: 'What are the advantages and disadvantages of JWT?',
        answer:
          'The advantages: a server verifies a JWT locally with a key, so many instances and services can check it without a shared session store. It is self-contained, carrying the user id, roles and expiry, so a request needs no lookup. It is a standard with libraries in every language and fits OAuth and OpenID Connect, and it travels easily in an Authorization header to mobile apps and other domains. The disadvantages: once issued, a token stays valid until it expires, so logout and banning a user need extra state such as a denylist or short lifetimes. Tokens are much larger than a session id and are sent with every request. The payload is readable, so it cannot hold private data, and claims like a role go stale until the next token. And it is easy to misconfigure: accepting alg none, weak HMAC secrets, or storing tokens where XSS can read them.',
        keyPoints: [
          'Pro: local verification that scales across servers and services',
          'Pro: standard, self-contained, works outside browsers and across domains',
          'Con: hard to revoke before exp; stale claims',
          'Con: size, readable payload, many ways to misconfigure',
        ],
        mistakes: [
          {
            myth: 'JWT is stateless, so the server keeps nothing.',
            fact: 'Real systems keep refresh tokens, rotation families or a denylist on the server. Only access-token checks are stateless.',
          },
          {
            myth: 'Putting roles, email or other personal data in the payload is harmless.',
            fact: 'The payload is readable by anyone with the token, makes every request bigger, and a changed role is not seen until a new token is issued.',
          },
        ],
      },
      ko: {
        question: 'JWT의 장점과 단점은 무엇인가요?',
        answer:
          '장점부터 말씀드리면, 서버가 키만으로 로컬에서 검증하기 때문에 서버 인스턴스나 서비스가 많아져도 세션 저장소를 공유할 필요가 없습니다. 사용자 ID, 권한, 만료 시간을 토큰이 직접 들고 있어서 요청마다 조회할 필요가 없고, 표준이라 언어별 라이브러리가 많고 OAuth, OpenID Connect와도 잘 맞습니다. Authorization 헤더로 보내니 모바일 앱이나 다른 도메인에서도 쓰기 쉽습니다. 단점은 한 번 발급하면 만료될 때까지 유효하다는 점입니다. 그래서 로그아웃이나 강제 차단을 하려면 블랙리스트 같은 서버 상태를 따로 두거나 유효기간을 짧게 잡아야 합니다. 세션 ID보다 훨씬 크고 모든 요청에 실려 가고, 페이로드를 누구나 읽을 수 있어 개인정보를 넣을 수 없으며, 권한 같은 클레임이 바뀌어도 새 토큰이 나올 때까지 반영되지 않습니다. 마지막으로 alg none 허용, 약한 시크릿, XSS에 노출되는 저장 위치처럼 설정을 잘못하기 쉽습니다.',
        keyPoints: [
          '장점: 키만으로 로컬 검증, 서버와 서비스가 늘어도 확장이 쉬움',
          '장점: 표준, self-contained, 브라우저 밖이나 다른 도메인에서도 사용',
          '단점: 만료 전 무효화가 어렵고 클레임이 갱신되지 않음',
          '단점: 크기, 읽을 수 있는 페이로드, 잘못 설정하기 쉬움',
        ],
        mistakes: [
          {
            myth: 'JWT는 stateless라서 서버는 아무것도 저장하지 않는다.',
            fact: '실제 서비스는 리프레시 토큰, 로테이션 패밀리, 블랙리스트를 서버에 저장합니다. 무상태인 것은 액세스 토큰 검증뿐입니다.',
          },
          {
            myth: '권한, 이메일 같은 정보를 페이로드에 넣어도 문제없다.',
            fact: '페이로드는 토큰을 가진 누구나 읽을 수 있고, 요청마다 크기가 커지며, 권한이 바뀌어도 새 토큰이 발급될 때까지 반영되지 않습니다.',
          },
        ],
      },
    },
  },
  {
    id: 'encrypted-or-signed',
    topic: 'basics',
    kind: 'follow-up',
    followUps: ['what-in-payload'],
    links: [{ kind: 'debugger', token: 'readablePayload' }],
    text: {
      en: {
        question: 'Is the content of a JWT encrypted? Does the server decrypt it?',
        answer:
          'No. A normal JWT is a JWS: it is signed, not encrypted. The header and payload are only base64url-encoded, which anyone can reverse, so if I paste a token into a decoder I see the claims without any key. The server does not decrypt anything either. It verifies: it recomputes the HMAC with the shared secret, or runs an RSA or ECDSA signature check with the public key, and only then trusts the claims and checks exp, iss and aud. Encryption exists as a separate format, JWE from RFC 7516, which has five parts: header, encrypted key, initialization vector, ciphertext and authentication tag. So you can tell them apart by counting the dots. Because signed tokens are readable, I never put passwords or personal data in the payload; if the data must stay confidential I would use JWE, or better, keep that data on the server.',
        keyPoints: [
          'Signing protects integrity, not confidentiality',
          'base64url is encoding: reversible without a key',
          'The server verifies a signature or MAC; it does not decrypt',
          'JWE (RFC 7516) has 5 parts and encrypts; JWS has 3',
        ],
        mistakes: [
          {
            myth: 'The server decrypts the JWT with its secret key.',
            fact: 'The server verifies the signature or MAC with its key and then validates the claims. Nothing is decrypted in a JWS.',
          },
          {
            myth: 'Base64 hides the data well enough.',
            fact: 'Base64url is a reversible encoding with a URL-safe alphabet and no padding. It hides nothing.',
          },
        ],
      },
      ko: {
        question: 'JWT의 내용은 암호화되어 있나요? 서버가 복호화하나요?',
        answer:
          '아닙니다. 일반적인 JWT는 JWS, 즉 서명된 토큰이지 암호화된 토큰이 아닙니다. 헤더와 페이로드는 base64url로 인코딩만 되어 있어서 누구나 되돌릴 수 있고, 실제로 디코더에 붙여 넣으면 키 없이도 클레임이 그대로 보입니다. 서버도 복호화를 하는 게 아니라 검증을 합니다. HS256이라면 공유된 시크릿으로 HMAC을 다시 계산해서 비교하고, RS256이나 ES256이라면 공개키로 서명 검증 연산을 돌린 다음, 통과했을 때만 클레임을 믿고 exp, iss, aud를 확인합니다. 암호화는 RFC 7516의 JWE라는 별도 형식이 담당하는데, 헤더, 암호화된 키, IV, 암호문, 인증 태그로 다섯 부분이라 점 개수로 구분할 수 있습니다. 서명된 토큰은 읽힐 수 있으니 비밀번호나 개인정보는 페이로드에 넣지 않고, 꼭 숨겨야 하는 데이터라면 JWE를 쓰거나 아예 서버에만 두는 편이 낫습니다.',
        keyPoints: [
          '서명은 무결성을 지키는 것이지 기밀성을 지키는 게 아니다',
          'base64url은 인코딩이라 키 없이 되돌릴 수 있다',
          '서버는 복호화가 아니라 서명(MAC) 검증을 한다',
          'JWE(RFC 7516)는 다섯 부분이고 암호화, JWS는 세 부분',
        ],
        mistakes: [
          {
            myth: '서버가 시크릿 키로 JWT를 복호화한다.',
            fact: '서버는 키로 서명이나 MAC을 검증한 뒤 클레임을 확인합니다. JWS에는 복호화할 것이 없습니다.',
          },
          {
            myth: 'Base64로 인코딩했으니 데이터가 어느 정도 숨겨진다.',
            fact: 'base64url은 URL에 안전한 문자를 쓰고 패딩을 뺀, 되돌릴 수 있는 인코딩일 뿐이라 아무것도 숨기지 않습니다.',
          },
        ],
      },
    },
  },
  {
    id: 'jwt-vs-oauth',
    topic: 'basics',
    kind: 'follow-up',
    followUps: ['access-vs-refresh'],
    links: [{ kind: 'debugger', token: 'accessTokenProfile' }],
    text: {
      en: {
        question: 'How are JWT and OAuth 2.0 related?',
        answer:
          'They answer different questions. OAuth 2.0, RFC 6749, is an authorization framework: it defines roles such as the client, the authorization server and the resource server, and flows for getting an access token and refreshing it. It does not say what an access token looks like. JWT is a token format. Many authorization servers choose JWT for access tokens so that APIs can verify them locally, and RFC 9068 standardizes that profile, with typ at+jwt and required claims such as iss, sub, aud, exp, iat, jti and client_id. Others issue opaque access tokens that the API checks by asking the authorization server, through introspection. OpenID Connect, built on OAuth, always uses a JWT for its ID token, which tells the client who logged in. So saying "we used OAuth instead of JWT" mixes levels: a system often uses both.',
        keyPoints: [
          'OAuth 2.0 is a framework of roles and flows; JWT is a format',
          'Access tokens may be JWTs (RFC 9068, typ at+jwt) or opaque',
          'Opaque tokens are checked by introspection at the authorization server',
          'OpenID Connect ID tokens are always JWTs',
        ],
        mistakes: [
          {
            myth: 'The refresh token is just a longer-lived JWT that is sent to every API.',
            fact: 'In OAuth the refresh token goes only to the authorization server, is usually opaque, and never reaches resource servers.',
          },
        ],
      },
      ko: {
        question: 'JWT와 OAuth 2.0은 어떤 관계인가요?',
        answer:
          '둘은 다루는 층위가 다릅니다. OAuth 2.0(RFC 6749)은 인가 프레임워크로, 클라이언트, 인가 서버, 리소스 서버 같은 역할과 액세스 토큰을 받고 갱신하는 흐름을 정의합니다. 그런데 액세스 토큰이 어떤 모양이어야 하는지는 정하지 않습니다. JWT는 토큰 형식입니다. 많은 인가 서버가 API에서 로컬로 검증할 수 있도록 액세스 토큰을 JWT로 발급하고, RFC 9068이 그 형태를 표준화했습니다. typ을 at+jwt로 두고 iss, sub, aud, exp, iat, jti, client_id 같은 클레임을 필수로 넣습니다. 반대로 의미 없는 랜덤 문자열, 즉 opaque 토큰을 발급하고 API가 인가 서버에 introspection으로 물어보는 방식도 있습니다. OAuth 위에 만든 OpenID Connect는 로그인한 사용자가 누구인지 알려 주는 ID 토큰을 항상 JWT로 줍니다. 그래서 "JWT 대신 OAuth를 썼다"는 말은 층위를 섞은 표현이고, 실제로는 둘을 함께 쓰는 경우가 많습니다.',
        keyPoints: [
          'OAuth 2.0은 역할과 흐름의 프레임워크, JWT는 토큰 형식',
          '액세스 토큰은 JWT(RFC 9068, typ at+jwt)일 수도 opaque 토큰일 수도 있다',
          'opaque 토큰은 인가 서버의 introspection으로 확인한다',
          'OpenID Connect의 ID 토큰은 항상 JWT',
        ],
        mistakes: [
          {
            myth: '리프레시 토큰은 액세스 토큰과 똑같은 JWT인데 유효기간만 길고, 모든 API에 보낸다.',
            fact: 'OAuth에서 리프레시 토큰은 인가 서버에만 보내고, 보통 opaque 문자열이며 리소스 서버에는 절대 가지 않습니다.',
          },
        ],
      },
    },
  },
];
