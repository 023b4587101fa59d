import type { Question } from './types';

/** Sessions against tokens, scaling across servers and managing keys. */
export const ARCHITECTURE_QUESTIONS: Question[] = [
  {
    id: 'sessions-cookies-tokens',
    topic: 'architecture',
    kind: 'main',
    followUps: ['why-not-sessions', 'token-transport', 'stateless-really'],
    links: [{ kind: 'lifecycle', step: 1 }],
    text: {
      en: {
        question: 'Explain cookies, sessions and token-based authentication. Why did tokens appear?',
        answer:
          'HTTP is stateless: every request stands alone, so a server needs some way to remember that a user has logged in. Cookies were the first answer. The server sets small values that the browser stores and sends back automatically, but data kept in a cookie can be read and changed by the client. Sessions fix that: the server keeps the login state in memory or a store and gives the browser only a random session id in a cookie. That is safe and easy to revoke, but the server holds state for every user, a stolen session id works like any credential, and with several servers they must share the session store or use sticky sessions, or a user bounces to a server that does not know them. Token-based authentication moves the state into a signed token: any server with the key can verify it, so a hundred servers need the same key, not the same store. And note that a cookie is only a transport: it can carry a session id or a JWT.',
        keyPoints: [
          'HTTP is stateless; cookies carry state on the client',
          'Sessions: state on the server, id in a cookie; easy revocation, shared store needed',
          'Tokens: state in a signed token; any server with the key verifies',
          'Cookie is a transport, not an alternative to tokens',
        ],
        mistakes: [
          {
            myth: 'Sessions are secure and tokens are scalable, that is the whole difference.',
            fact: 'Sessions centralize state and make revocation easy; tokens distribute verification and make revocation hard. Both can be secure or scale.',
          },
        ],
      },
      ko: {
        question: '쿠키, 세션, 토큰 기반 인증을 설명해 주세요. 토큰 방식은 왜 등장했나요?',
        answer:
          'HTTP는 무상태(stateless)라서 요청 하나하나가 독립적이고, 서버는 사용자가 로그인했다는 사실을 기억할 방법이 따로 필요합니다. 처음 답은 쿠키였습니다. 서버가 작은 값을 내려 주면 브라우저가 저장했다가 자동으로 다시 보내는데, 쿠키에 데이터를 직접 담으면 클라이언트가 읽고 바꿀 수 있습니다. 이를 보완한 것이 세션입니다. 로그인 상태는 서버 메모리나 저장소에 두고 브라우저에는 랜덤한 세션 ID만 쿠키로 줍니다. 안전하고 무효화도 쉽지만, 서버가 사용자마다 상태를 들고 있어야 하고, 세션 ID가 탈취되면 그대로 쓰일 수 있으며, 서버가 여러 대면 세션 저장소를 공유하거나 스티키 세션을 써야 합니다. 그러지 않으면 사용자를 모르는 서버로 요청이 가는 세션 불일치가 생깁니다. 토큰 기반 인증은 상태를 서명된 토큰 안으로 옮깁니다. 키만 있으면 어느 서버든 검증할 수 있어서, 서버가 100대여도 같은 저장소가 아니라 같은 키만 있으면 됩니다. 덧붙이면 쿠키는 전달 수단일 뿐이라 세션 ID도, JWT도 담을 수 있습니다.',
        keyPoints: [
          'HTTP는 무상태, 쿠키는 클라이언트 쪽에 상태를 싣는다',
          '세션: 상태는 서버, 쿠키엔 ID만, 무효화 쉬움, 저장소 공유 필요',
          '토큰: 상태가 서명된 토큰 안에, 키가 있는 서버라면 어디서든 검증',
          '쿠키는 전달 수단이지 토큰의 대안이 아니다',
        ],
        mistakes: [
          {
            myth: '세션은 보안성이 좋고 토큰은 확장성이 좋다, 차이는 그게 전부다.',
            fact: '세션은 상태를 한곳에 모아 무효화가 쉽고, 토큰은 검증을 분산시켜 무효화가 어렵습니다. 둘 다 안전하게 만들 수도, 확장할 수도 있습니다.',
          },
        ],
      },
    },
  },
  {
    id: 'scaling-servers',
    topic: 'architecture',
    kind: 'main',
    followUps: ['shared-secret', 'key-rotation', 'stateless-really'],
    links: [{ kind: 'lifecycle', step: 4 }],
    text: {
      en: {
        question: 'How do you handle authentication when there are many servers?',
        answer:
          'With sessions, the problem is that server A does not know a user who logged in on server B. The classic fixes are sticky sessions on the load balancer, which lose users when a server dies; session clustering, which replicates sessions between servers; or a shared store such as Redis, which works well but puts a central dependency in every request. With JWTs, each server verifies the token locally with a key, so adding a server needs nothing but the key. Which key matters. With HS256 every server holds the shared secret and can therefore also forge tokens, and rotating one secret across many services is painful. So for many services I use RS256 or ES256: only the auth server has the private key, and the APIs load the public keys from a JWKS endpoint and choose one by kid, which also makes key rotation smooth. Not everything becomes stateless, though: refresh tokens and any denylist still live in one central store.',
        keyPoints: [
          'Sessions: sticky sessions, clustering or a shared store (Redis)',
          'JWT: every server verifies locally with the key',
          'HS256 shares a secret that also mints; prefer RS256/ES256 + JWKS',
          'Refresh tokens and denylists remain central state',
        ],
        mistakes: [
          {
            myth: 'Sharing one HMAC secret across all services is the simple, correct setup.',
            fact: 'Every holder of the secret can forge tokens for all services. Use asymmetric keys with a JWKS, or separate secrets per issuer and audience.',
          },
        ],
      },
      ko: {
        question: '서버가 여러 대일 때 인증은 어떻게 처리하나요?',
        answer:
          '세션 방식에서는 B 서버에서 로그인한 사용자를 A 서버가 모른다는 게 문제입니다. 전통적인 해결책은 세 가지입니다. 로드밸런서의 스티키 세션은 서버가 죽으면 그 사용자들이 로그아웃되고, 세션 클러스터링은 서버 간에 세션을 복제하며, Redis 같은 공유 세션 저장소는 잘 동작하지만 모든 요청이 중앙 저장소에 의존하게 됩니다. JWT는 각 서버가 키로 토큰을 로컬에서 검증하기 때문에 서버를 늘릴 때 키만 있으면 됩니다. 이때 어떤 키를 쓰느냐가 중요합니다. HS256이면 모든 서버가 공유 시크릿을 갖게 되고, 그 말은 모든 서버가 토큰을 위조할 수도 있다는 뜻이며, 여러 서비스에 걸친 시크릿 교체도 번거롭습니다. 그래서 서비스가 많다면 RS256이나 ES256을 씁니다. 개인키는 인증 서버에만 있고, API 서버들은 JWKS 엔드포인트에서 공개키를 받아 kid로 골라 쓰며, 덕분에 키 교체도 매끄럽습니다. 다만 모든 것이 무상태가 되지는 않습니다. 리프레시 토큰과 블랙리스트는 여전히 중앙 저장소에 있습니다.',
        keyPoints: [
          '세션: 스티키 세션, 세션 클러스터링, 공유 저장소(Redis)',
          'JWT: 모든 서버가 키로 로컬 검증',
          'HS256은 발급도 가능한 시크릿을 공유, RS256/ES256 + JWKS 권장',
          '리프레시 토큰과 블랙리스트는 여전히 중앙 상태',
        ],
        mistakes: [
          {
            myth: '모든 서비스가 HMAC 시크릿 하나를 공유하는 것이 간단하고 올바른 구성이다.',
            fact: '시크릿을 가진 모든 곳이 모든 서비스용 토큰을 위조할 수 있습니다. JWKS와 비대칭키를 쓰거나, 발급자와 대상자 쌍마다 시크릿을 나눠야 합니다.',
          },
        ],
      },
    },
  },
  {
    id: 'shared-secret',
    topic: 'architecture',
    kind: 'follow-up',
    followUps: ['hs256-vs-rs256'],
    links: [{ kind: 'lifecycle', step: 4 }],
    text: {
      en: {
        question: 'Ten microservices verify tokens with one shared HS256 secret. What is wrong with that?',
        answer:
          'HMAC is symmetric: the key that checks a MAC also creates one. So every one of the ten services can mint a valid token for any user with any role, and the weakest of them decides the security of all. If one service is compromised, through a vulnerable dependency or a leaked environment variable, the attacker can forge tokens that every other service accepts, including admin tokens. Rotation is hard as well: the new secret must reach all ten services securely and at the same time, and during the switch they must accept both. The better design is asymmetric keys: the auth server alone signs with a private key, and the services verify with public keys from a JWKS, so a compromised service can read tokens but cannot create them. If HMAC must stay, use a separate secret for each issuer and audience pair, so a secret only works for the one service it belongs to.',
        keyPoints: [
          'With HMAC, verifying and minting need the same key',
          'One compromised service can forge tokens for all',
          'Rotating a shared secret is a coordinated, risky change',
          'Asymmetric keys + JWKS, or one secret per issuer–audience pair',
        ],
        mistakes: [
          {
            myth: 'A service that only verifies tokens cannot be used to forge them.',
            fact: 'That holds for RS256 or ES256. With HS256 the verification secret is also the signing key.',
          },
        ],
      },
      ko: {
        question: '마이크로서비스 10개가 HS256 시크릿 하나를 공유해서 토큰을 검증합니다. 무엇이 문제인가요?',
        answer:
          'HMAC은 대칭키 방식이라 MAC을 검증하는 키로 MAC을 만들 수도 있습니다. 그래서 10개 서비스 모두가 아무 사용자, 아무 권한으로 유효한 토큰을 만들어 낼 수 있고, 가장 약한 서비스 하나가 전체의 보안 수준을 결정합니다. 취약한 라이브러리나 유출된 환경 변수로 서비스 하나가 뚫리면, 공격자는 다른 모든 서비스가 받아들이는 토큰, 관리자 토큰까지 위조할 수 있습니다. 교체도 어렵습니다. 새 시크릿을 10개 서비스에 안전하게 동시에 배포해야 하고, 전환하는 동안에는 두 시크릿을 다 받아 줘야 합니다. 더 나은 설계는 비대칭키입니다. 인증 서버만 개인키로 서명하고, 각 서비스는 JWKS에서 받은 공개키로 검증하면, 서비스 하나가 뚫려도 토큰을 읽을 수는 있지만 만들 수는 없습니다. HMAC을 꼭 써야 한다면 발급자와 대상자 쌍마다 시크릿을 따로 두어 각 시크릿이 해당 서비스에서만 통하게 합니다.',
        keyPoints: [
          'HMAC은 검증과 발급에 같은 키를 쓴다',
          '서비스 하나가 뚫리면 모든 서비스용 토큰을 위조할 수 있다',
          '공유 시크릿 교체는 조율이 필요하고 위험하다',
          '비대칭키 + JWKS, 또는 발급자–대상자 쌍마다 시크릿',
        ],
        mistakes: [
          {
            myth: '검증만 하는 서비스로는 토큰을 위조할 수 없다.',
            fact: 'RS256이나 ES256일 때만 맞습니다. HS256에서는 검증용 시크릿이 곧 서명 키입니다.',
          },
        ],
      },
    },
  },
  {
    id: 'why-not-sessions',
    topic: 'architecture',
    kind: 'follow-up',
    followUps: ['stateless-really'],
    links: [{ kind: 'lifecycle', step: 8 }],
    text: {
      en: {
        question: 'Why not just use sessions?',
        answer:
          'Honestly, for a single server-rendered web app on one domain, sessions are often the better choice: they are simple, the cookie is small, logout and revocation take effect at once, and frameworks handle them well. The OWASP cheat sheet itself suggests considering classic sessions for plain browser logins. I pick JWT access tokens when verification has to happen in many places: several services or servers that should not all query one session store, mobile apps and third-party APIs that do not use cookies, or an OAuth or OpenID Connect setup where tokens come from a separate authorization server. Even then, a refresh token stored in a database gives me session-like control back. So it is not "tokens are modern and sessions are old", and not "sessions are secure and tokens scale". Sessions centralize state and are easy to revoke; tokens distribute verification and are hard to revoke. I choose by where the state should live.',
        keyPoints: [
          'Sessions fit a single web app: simple, small, instant revocation',
          'Tokens fit many verifiers, non-browser clients, OAuth/OIDC',
          'A stored refresh token restores session-like control',
          'The choice is about where state lives',
        ],
        mistakes: [
          {
            myth: 'JWT is more secure than sessions.',
            fact: 'They are different trade-offs. Sessions give easy revocation; JWTs give local verification.',
          },
        ],
      },
      ko: {
        question: '그냥 세션을 쓰면 되지 않나요?',
        answer:
          '솔직히 도메인 하나에서 서버 렌더링하는 웹 앱이라면 세션이 더 나은 경우가 많습니다. 단순하고, 쿠키가 작고, 로그아웃과 무효화가 즉시 반영되고, 프레임워크 지원도 잘 되어 있습니다. OWASP 치트 시트도 일반적인 브라우저 로그인이라면 전통적인 세션을 고려하라고 합니다. 제가 JWT 액세스 토큰을 고르는 경우는 검증이 여러 곳에서 일어나야 할 때입니다. 모든 서버나 서비스가 세션 저장소 하나를 조회하게 만들고 싶지 않을 때, 쿠키를 쓰지 않는 모바일 앱이나 외부 API가 있을 때, 또는 별도의 인가 서버가 토큰을 발급하는 OAuth, OpenID Connect 구조일 때입니다. 그때도 DB에 저장한 리프레시 토큰으로 세션 같은 통제권을 되찾습니다. 그래서 "토큰은 최신이고 세션은 옛날 방식"도, "세션은 보안, 토큰은 확장성"도 정확한 말이 아닙니다. 세션은 상태를 한곳에 모아 무효화가 쉽고, 토큰은 검증을 분산시켜 무효화가 어렵습니다. 상태를 어디에 둘지에 따라 고릅니다.',
        keyPoints: [
          '웹 앱 하나라면 세션: 단순하고 작고 즉시 무효화',
          '검증자가 많거나 브라우저 밖 클라이언트, OAuth/OIDC라면 토큰',
          '저장된 리프레시 토큰이 세션 같은 통제권을 돌려준다',
          '결국 상태를 어디에 두느냐의 선택',
        ],
        mistakes: [
          {
            myth: 'JWT가 세션보다 더 안전하다.',
            fact: '트레이드오프가 다를 뿐입니다. 세션은 무효화가 쉽고, JWT는 로컬에서 검증할 수 있습니다.',
          },
        ],
      },
    },
  },
  {
    id: 'stateless-really',
    topic: 'architecture',
    kind: 'follow-up',
    followUps: ['revoke-immediately'],
    links: [{ kind: 'lifecycle', step: 8 }],
    text: {
      en: {
        question: 'Is JWT authentication really stateless?',
        answer:
          'Only the access-token check is. Verifying a signature and exp needs nothing but a key, so the APIs hold no per-user state. A real system still keeps state elsewhere: the refresh tokens, stored as hashes, with their rotation families and expiry times; a denylist of revoked jti values if logout must take effect at once; a per-user token version for "log out everywhere" or a ban; and the signing keys with their rotation schedule. The difference from sessions is where that state is consulted and how often. The auth server checks it on login and refresh, while the APIs check only a key on each request, unless you add a denylist lookup, at which point, as the OWASP cheat sheet points out, you are effectively back to a session check on every request. So I would describe it as stateless verification inside a system that is not stateless.',
        keyPoints: [
          'Access-token verification needs only a key',
          'Refresh token store, families, denylist, keys are all state',
          'State is consulted at login/refresh, not per request',
          'A per-request denylist is a session lookup again',
        ],
        mistakes: [
          {
            myth: 'JWT is stateless, so the server keeps nothing.',
            fact: 'The refresh token store, rotation families and denylists are all server state; only access-token verification is stateless.',
          },
        ],
      },
      ko: {
        question: 'JWT 인증은 정말 stateless인가요?',
        answer:
          '액세스 토큰 검증만 그렇습니다. 서명과 exp를 확인하는 데는 키만 있으면 되니 API 서버는 사용자별 상태를 갖지 않습니다. 하지만 실제 시스템은 다른 곳에 상태를 둡니다. 해시로 저장한 리프레시 토큰과 그 로테이션 패밀리, 만료 시각이 있고, 로그아웃을 즉시 반영해야 한다면 무효화된 jti 블랙리스트가 있고, 전체 기기 로그아웃이나 계정 정지를 위한 사용자별 토큰 버전이 있고, 서명 키와 키 교체 일정도 있습니다. 세션과의 차이는 그 상태를 어디서, 얼마나 자주 조회하느냐입니다. 인증 서버는 로그인과 재발급 때 상태를 확인하고, API 서버는 요청마다 키만 확인합니다. 여기에 요청마다 블랙리스트 조회를 붙이면, OWASP 치트 시트가 지적하듯 사실상 매 요청 세션을 확인하는 것과 다르지 않게 됩니다. 그래서 저는 "상태가 없는 시스템"이 아니라 "검증만 무상태인 시스템"이라고 설명합니다.',
        keyPoints: [
          '액세스 토큰 검증에는 키만 필요',
          '리프레시 토큰 저장소, 패밀리, 블랙리스트, 키 모두 상태',
          '상태는 요청마다가 아니라 로그인과 재발급 때 조회',
          '요청마다 블랙리스트를 조회하면 다시 세션 조회가 된다',
        ],
        mistakes: [
          {
            myth: 'JWT는 stateless라서 서버는 아무것도 저장하지 않는다.',
            fact: '리프레시 토큰 저장소, 로테이션 패밀리, 블랙리스트 모두 서버 상태입니다. 무상태인 것은 액세스 토큰 검증뿐입니다.',
          },
        ],
      },
    },
  },
  {
    id: 'key-rotation',
    topic: 'architecture',
    kind: 'follow-up',
    followUps: ['header-key-injection'],
    links: [{ kind: 'debugger', token: 'accessTokenProfile' }],
    text: {
      en: {
        question: 'How do you rotate signing keys without logging everyone out?',
        answer:
          'Each key gets an id, which the issuer writes into the kid header parameter. With asymmetric keys the auth server publishes its public keys as a JWKS, a JSON document listing the keys. To rotate, I first add the new public key to the JWKS and wait until verifiers have refreshed their cached copy. Then the issuer starts signing with the new private key and its kid. The old public key stays in the set until the last token signed with it has expired, and only then is it removed, so nobody is logged out. Verifiers choose the key by kid from the set they fetched from the issuer\'s configured jwks_uri, never from a URL inside the token, and refetch when they meet an unknown kid, with a rate limit. With HMAC, rotation is harder, because the new secret has to reach every verifier securely and both secrets must be accepted during the overlap. If a key leaks, rotate at once and accept that its tokens become invalid.',
        keyPoints: [
          'kid in the header names the key; JWKS lists public keys',
          'Publish new key → switch signing → remove old key after the last exp',
          'Keys only from the configured jwks_uri; refetch on unknown kid',
          'A leaked key means immediate rotation and forced re-login',
        ],
        mistakes: [
          {
            myth: 'The kid in the token tells the server where to fetch the key.',
            fact: 'kid is only an identifier to look up in a key set the server already trusts; fetching from locations the token names lets attackers supply their own key.',
          },
        ],
      },
      ko: {
        question: '모두를 로그아웃시키지 않고 서명 키를 교체하려면 어떻게 하나요?',
        answer:
          '키마다 ID를 붙이고, 발급자가 이를 헤더의 kid에 적습니다. 비대칭키라면 인증 서버가 공개키 목록을 JWKS라는 JSON 문서로 공개합니다. 교체 순서는 이렇습니다. 먼저 새 공개키를 JWKS에 추가하고, 검증하는 쪽들이 캐시를 새로 받을 때까지 기다립니다. 그다음 발급자가 새 개인키와 새 kid로 서명을 시작합니다. 이전 공개키는 그 키로 서명된 마지막 토큰이 만료될 때까지 목록에 남겨 두었다가 그 뒤에 지우기 때문에 아무도 로그아웃되지 않습니다. 검증하는 쪽은 미리 설정한 발급자의 jwks_uri에서 받은 목록 안에서 kid로 키를 고르고, 토큰 안의 URL에서는 절대 받아 오지 않으며, 모르는 kid가 오면 횟수를 제한해서 다시 받아 옵니다. HMAC은 교체가 더 어렵습니다. 새 시크릿을 모든 검증자에게 안전하게 전달해야 하고, 전환 기간에는 두 시크릿을 모두 받아 줘야 하기 때문입니다. 키가 유출됐다면 바로 교체하고, 그 키로 서명한 토큰이 모두 무효가 되는 것을 감수해야 합니다.',
        keyPoints: [
          '헤더의 kid가 키를 가리키고, JWKS에 공개키 목록',
          '새 키 공개 → 서명 키 전환 → 마지막 exp 이후 이전 키 제거',
          '키는 설정한 jwks_uri에서만, 모르는 kid면 다시 받아 오기',
          '키 유출 시 즉시 교체하고 재로그인 감수',
        ],
        mistakes: [
          {
            myth: '토큰의 kid가 서버에게 키를 어디서 가져올지 알려 준다.',
            fact: 'kid는 서버가 이미 신뢰하는 키 목록에서 찾기 위한 식별자일 뿐입니다. 토큰이 가리키는 곳에서 키를 가져오면 공격자가 자기 키를 넣을 수 있습니다.',
          },
        ],
      },
    },
  },
];
