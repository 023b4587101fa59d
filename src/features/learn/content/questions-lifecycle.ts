import type { Question } from './types';

/** The access and refresh token flow: login, expiry, refresh, rotation and logout. */
export const LIFECYCLE_QUESTIONS: Question[] = [
  {
    id: 'how-it-works',
    topic: 'lifecycle',
    kind: 'main',
    followUps: ['access-vs-refresh', 'expired-response', 'refresh-token-storage', 'logout'],
    links: [
      { kind: 'lifecycle', step: 1 },
      { kind: 'lifecycle', step: 4 },
    ],
    text: {
      en: {
        question: 'How does JWT authentication work, step by step?',
        answer:
          'First, the user logs in with an id and password over HTTPS. The server checks the password hash and issues an access token, a signed JWT with claims such as sub and exp, usually together with a refresh token. The front end keeps the access token. Many study sheets say localStorage, but today I would keep it in memory and put the refresh token in an HttpOnly cookie. On every API call the client sends the header Authorization: Bearer followed by the token. The server verifies the signature with its key, checks exp, iss and aud, takes the user id from sub and answers with the data, without any session lookup. When the access token expires, the API answers 401. The client then sends the refresh token to the refresh endpoint, receives a new access token and retries the original request once, so the user notices nothing. When the refresh token has expired as well, the user has to log in again.',
        keyPoints: [
          'Login → server issues signed access token (+ refresh token)',
          'Client sends Authorization: Bearer on each request',
          'Server verifies signature and claims locally, then answers',
          '401 on expiry → refresh → retry; refresh expired → log in again',
        ],
        mistakes: [
          {
            myth: 'The front end stores the JWT in localStorage; that is part of how JWT works.',
            fact: 'Storage is a separate choice. localStorage is readable by XSS; memory plus an HttpOnly refresh cookie, or a BFF, is safer.',
          },
        ],
      },
      ko: {
        question: 'JWT 인증은 어떤 순서로 동작하나요?',
        answer:
          '먼저 사용자가 HTTPS로 아이디와 비밀번호를 보내 로그인합니다. 서버는 비밀번호 해시를 확인하고 sub, exp 같은 클레임을 담아 서명한 JWT 액세스 토큰을 발급하는데, 보통 리프레시 토큰도 함께 줍니다. 프론트엔드는 액세스 토큰을 보관합니다. 많은 정리 자료에는 로컬 스토리지라고 되어 있지만, 요즘은 액세스 토큰은 메모리에, 리프레시 토큰은 HttpOnly 쿠키에 두는 편입니다. 이후 API를 호출할 때마다 Authorization: Bearer 헤더에 토큰을 담아 보냅니다. 서버는 키로 서명을 검증하고 exp, iss, aud를 확인한 다음 sub에서 사용자 ID를 꺼내 데이터를 응답합니다. 이 과정에 세션 조회는 없습니다. 액세스 토큰이 만료되면 API는 401을 돌려주고, 클라이언트는 리프레시 토큰을 재발급 엔드포인트로 보내 새 액세스 토큰을 받은 뒤 원래 요청을 한 번 다시 보냅니다. 그래서 사용자는 아무것도 느끼지 못합니다. 리프레시 토큰까지 만료되면 그때 다시 로그인해야 합니다.',
        keyPoints: [
          '로그인 → 서버가 서명한 액세스 토큰(+ 리프레시 토큰) 발급',
          '요청마다 Authorization: Bearer 헤더로 전송',
          '서버가 로컬에서 서명과 클레임을 검증하고 응답',
          '만료 시 401 → 재발급 → 재요청, 리프레시 토큰 만료 시 재로그인',
        ],
        mistakes: [
          {
            myth: '프론트엔드가 JWT를 로컬 스토리지에 저장하는 것까지가 JWT 동작 방식이다.',
            fact: '저장 위치는 별개의 선택입니다. 로컬 스토리지는 XSS로 읽히니 메모리와 HttpOnly 리프레시 쿠키, 또는 BFF가 더 안전합니다.',
          },
        ],
      },
    },
  },
  {
    id: 'access-vs-refresh',
    topic: 'lifecycle',
    kind: 'follow-up',
    followUps: ['expiry-times', 'rotation'],
    links: [{ kind: 'lifecycle', step: 2 }],
    text: {
      en: {
        question: 'Why use both an access token and a refresh token? What exactly is a refresh token?',
        answer:
          'They split two goals that pull against each other. The access token is sent with every API call, so it is exposed often. It should be short-lived, minutes, so that a stolen copy is useful only briefly, and APIs verify it locally. The refresh token, as RFC 6749 defines it, is used only with the authorization server to obtain new access tokens, so it is exposed rarely. It can live longer, days or weeks, which spares the user a login every fifteen minutes. It is usually opaque, a random string rather than a JWT, and the server keeps a hash of it in a database, so it can be revoked, rotated and tied to a session. That stored refresh token is the stateful control point that makes up for the access token being impossible to recall. Resource servers never see it. Issuing one is optional: a machine client can simply request a new token with its own credentials.',
        keyPoints: [
          'Access token: short, sent everywhere, verified locally',
          'Refresh token: long, sent only to the authorization server (RFC 6749 §1.5)',
          'Usually opaque, stored hashed, revocable',
          'The refresh token is where the server regains control',
        ],
        mistakes: [
          {
            myth: 'The refresh token is just a longer JWT sent to every API.',
            fact: 'It goes only to the authorization server, is usually an opaque random string, and is stored hashed with a family id on the server.',
          },
        ],
      },
      ko: {
        question: '액세스 토큰과 리프레시 토큰을 왜 함께 쓰나요? 리프레시 토큰은 정확히 무엇인가요?',
        answer:
          '서로 충돌하는 두 목표를 나눠 맡기기 위해서입니다. 액세스 토큰은 모든 API 요청에 실려 가니 노출될 일이 많습니다. 그래서 몇 분 단위로 짧게 두어 탈취되더라도 잠깐만 쓸 수 있게 하고, API는 이 토큰을 로컬에서 검증합니다. 리프레시 토큰은 RFC 6749 정의대로 새 액세스 토큰을 받을 때 인가 서버에만 보내기 때문에 노출될 일이 적습니다. 그래서 며칠에서 몇 주로 길게 둘 수 있고, 덕분에 사용자가 15분마다 로그인하지 않아도 됩니다. 보통 JWT가 아닌 랜덤 문자열, 즉 opaque 토큰이고, 서버가 DB에 해시를 저장하기 때문에 무효화, 로테이션, 세션과의 연결이 가능합니다. 이렇게 서버에 저장된 리프레시 토큰이 회수할 수 없는 액세스 토큰의 약점을 보완하는 상태 관리 지점입니다. 리소스 서버는 리프레시 토큰을 볼 일이 없습니다. 발급은 선택 사항이라, 서버 간 통신 클라이언트처럼 자기 자격 증명으로 새 토큰을 바로 요청할 수 있으면 없어도 됩니다.',
        keyPoints: [
          '액세스 토큰: 짧고, 어디든 보내고, 로컬에서 검증',
          '리프레시 토큰: 길고, 인가 서버에만 보냄(RFC 6749 §1.5)',
          '보통 opaque, 해시로 저장, 무효화 가능',
          '리프레시 토큰이 서버가 통제권을 되찾는 지점',
        ],
        mistakes: [
          {
            myth: '리프레시 토큰은 액세스 토큰과 똑같은 JWT인데 더 길게 가고, 모든 API에 보낸다.',
            fact: '인가 서버에만 보내고, 보통 opaque한 랜덤 문자열이며, 서버가 패밀리 ID와 함께 해시로 저장합니다.',
          },
        ],
      },
    },
  },
  {
    id: 'expired-response',
    topic: 'lifecycle',
    kind: 'follow-up',
    followUps: ['concurrent-refresh'],
    links: [
      { kind: 'lifecycle', step: 5 },
      { kind: 'debugger', token: 'expired' },
    ],
    text: {
      en: {
        question: 'What does the API return for an expired access token, and what does the client do then?',
        answer:
          'RFC 6750 says the resource server answers 401 Unauthorized with a WWW-Authenticate: Bearer header carrying error="invalid_token", and optionally an error_description such as "token expired". A 403 is for a valid token without enough permission. On the client, an interceptor, in axios for example, catches the 401, calls the refresh endpoint, stores the new access token and retries the original request once. Two details matter. If several requests fail at the same moment, they should share one refresh call instead of each refreshing separately; that is single-flight refresh, and without it rotation may flag the duplicates as reuse. And if the refresh itself fails, which an OAuth token endpoint reports as 400 invalid_grant, the client clears its tokens and sends the user to the login screen instead of retrying in a loop. Some apps also refresh proactively shortly before exp to avoid the failed request altogether.',
        keyPoints: [
          '401 + WWW-Authenticate: Bearer error="invalid_token" (RFC 6750 §3)',
          '401 = not authenticated; 403 = authenticated but not allowed',
          'Interceptor: refresh once, retry once, single-flight',
          'Refresh fails (400 invalid_grant) → clear tokens, log in again',
        ],
        mistakes: [
          {
            myth: 'An expired token should get 403 Forbidden.',
            fact: '403 means the token is valid but lacks permission. An expired or invalid token gets 401 with error="invalid_token".',
          },
        ],
      },
      ko: {
        question: '액세스 토큰이 만료되면 API는 무엇을 응답하고, 클라이언트는 어떻게 하나요?',
        answer:
          'RFC 6750에 따르면 리소스 서버는 401 Unauthorized를 응답하고, WWW-Authenticate: Bearer 헤더에 error="invalid_token"과 필요하면 "token expired" 같은 error_description을 담습니다. 403은 토큰은 유효하지만 권한이 부족할 때 씁니다. 클라이언트에서는 axios 인터셉터 같은 곳에서 401을 잡아 재발급 엔드포인트를 호출하고, 새 액세스 토큰을 저장한 다음 원래 요청을 한 번만 다시 보냅니다. 여기서 두 가지가 중요합니다. 여러 요청이 동시에 401을 받으면 각자 재발급하지 말고 재발급 요청 하나를 함께 기다려야 합니다. 이를 single-flight라고 하는데, 이렇게 하지 않으면 로테이션이 중복 요청을 재사용으로 판단할 수 있습니다. 그리고 재발급 자체가 실패하면, OAuth 토큰 엔드포인트라면 400 invalid_grant가 오는데, 이때는 반복해서 재시도하지 말고 토큰을 지운 뒤 로그인 화면으로 보냅니다. exp 직전에 미리 재발급해서 실패하는 요청 자체를 없애는 선제 갱신 방식도 있습니다.',
        keyPoints: [
          '401 응답과 WWW-Authenticate: Bearer error="invalid_token" 헤더(RFC 6750 §3)',
          '401은 인증 실패, 403은 인증은 됐지만 권한 없음',
          '인터셉터: 재발급 한 번, 재요청 한 번, single-flight',
          '재발급 실패(400 invalid_grant) → 토큰 삭제, 재로그인',
        ],
        mistakes: [
          {
            myth: '만료된 토큰에는 403 Forbidden을 준다.',
            fact: '403은 토큰은 유효하지만 권한이 없다는 뜻입니다. 만료되었거나 잘못된 토큰에는 error="invalid_token"과 함께 401을 줍니다.',
          },
        ],
      },
    },
  },
  {
    id: 'rotation',
    topic: 'lifecycle',
    kind: 'follow-up',
    followUps: ['concurrent-refresh', 'refresh-token-stolen'],
    links: [{ kind: 'lifecycle', step: 6 }],
    text: {
      en: {
        question: 'What is refresh token rotation (RTR)?',
        answer:
          'With rotation, every time the client uses a refresh token, the server returns a new refresh token along with the new access token and invalidates the old one; RFC 6749 says that when a new refresh token is issued, the client must discard the old one. The server keeps the refresh tokens of one login as a family: their hashes, which one is current and which are already used. If a used token is presented again, someone holds a copy. The server cannot tell whether it is the attacker or the real user, so it revokes the whole family and both have to log in again. RFC 9700, the OAuth 2.0 security best current practice, requires public clients such as SPAs and mobile apps to use rotation or sender-constrained refresh tokens. Two more rules keep it sound: a rotated token keeps the original absolute expiry, so the session does not live forever, and an idle timeout ends sessions that nobody uses.',
        keyPoints: [
          'Each refresh returns a new refresh token; the old one is invalidated',
          'A family of tokens per login; reuse of a used token revokes the family',
          'RFC 9700: public clients rotate or sender-constrain',
          'Absolute expiry is kept; idle timeout too',
        ],
        mistakes: [
          {
            myth: 'With rotation the session can live forever, since every refresh gives a fresh token.',
            fact: 'The rotated token keeps the original absolute expiry and an idle timeout; at that limit the refresh fails with invalid_grant.',
          },
          {
            myth: 'Refreshing revokes the old access token.',
            fact: 'Old access tokens usually stay valid until their exp; refresh only replaces what the client uses.',
          },
        ],
      },
      ko: {
        question: '리프레시 토큰 로테이션(RTR)이란 무엇인가요?',
        answer:
          '로테이션은 클라이언트가 리프레시 토큰을 쓸 때마다 서버가 새 액세스 토큰과 함께 새 리프레시 토큰을 주고, 이전 리프레시 토큰은 무효화하는 방식입니다. RFC 6749도 새 리프레시 토큰이 발급되면 클라이언트는 이전 것을 버려야 한다고 합니다. 서버는 한 번의 로그인에서 나온 리프레시 토큰들을 하나의 패밀리로 관리하면서, 각 토큰의 해시와 현재 유효한 토큰, 이미 쓴 토큰을 기록합니다. 이미 쓴 토큰이 다시 들어오면 누군가 복사본을 갖고 있다는 뜻입니다. 서버는 그게 공격자인지 실제 사용자인지 알 수 없으니 패밀리 전체를 무효화하고 양쪽 모두 다시 로그인하게 합니다. OAuth 2.0 보안 모범 사례인 RFC 9700은 SPA나 모바일 앱 같은 public 클라이언트에 로테이션이나 송신자 제약 리프레시 토큰을 요구합니다. 여기에 규칙이 두 가지 더 있습니다. 로테이션된 토큰도 처음의 절대 만료 시각을 그대로 이어받아 세션이 영원히 이어지지 않게 하고, 쓰지 않는 세션은 유휴 만료로 끝냅니다.',
        keyPoints: [
          '재발급마다 새 리프레시 토큰, 이전 토큰은 무효화',
          '로그인마다 토큰 패밀리, 이미 쓴 토큰이 재사용되면 패밀리 전체 무효화',
          'RFC 9700: public 클라이언트는 로테이션 또는 송신자 제약',
          '절대 만료는 그대로 유지, 유휴 만료도 둔다',
        ],
        mistakes: [
          {
            myth: '로테이션을 하면 재발급할 때마다 새 토큰이 나오니 세션이 영원히 이어진다.',
            fact: '로테이션된 토큰도 처음의 절대 만료와 유휴 만료를 따릅니다. 그 시점이 되면 재발급은 invalid_grant로 실패합니다.',
          },
          {
            myth: '재발급하면 이전 액세스 토큰은 무효화된다.',
            fact: '이전 액세스 토큰은 보통 자기 exp까지 유효합니다. 재발급은 클라이언트가 쓰는 토큰을 바꿀 뿐입니다.',
          },
        ],
      },
    },
  },
  {
    id: 'concurrent-refresh',
    topic: 'lifecycle',
    kind: 'follow-up',
    followUps: [],
    links: [{ kind: 'lifecycle', step: 6 }],
    text: {
      en: {
        question: 'With rotation, what happens when two requests refresh at the same time?',
        answer:
          'That is the operational edge case of rotation. Two tabs, or two API calls that received 401 together, send the same refresh token almost at once. The first one rotates it. The second arrives with a token that is now marked as used, reuse detection fires, and the whole family is revoked, so the user is logged out for no real reason. On the client the fix is single-flight refresh: one promise performs the refresh and every other caller waits for it, plus coordination between tabs, for example with a BroadcastChannel or the Web Locks API. On the server, a short grace window can accept the immediately previous token for a few seconds; Auth0 calls this the rotation overlap period, and anything older still triggers detection. Some profiles, such as FAPI 2.0, even discourage rotation for confidential clients because of this complexity and rely on client authentication instead.',
        keyPoints: [
          'Parallel refreshes with one token look like reuse',
          'Client: single-flight refresh, cross-tab coordination',
          'Server: short grace window for the previous token only',
          'Confidential clients may skip rotation (FAPI 2.0)',
        ],
        mistakes: [
          {
            myth: 'Reuse detection can never fire for a legitimate user.',
            fact: 'Concurrent refreshes from the same user look exactly like reuse unless the client serializes them or the server allows a short overlap.',
          },
        ],
      },
      ko: {
        question: '로테이션을 쓸 때 두 요청이 동시에 재발급을 시도하면 어떻게 되나요?',
        answer:
          '로테이션을 운영할 때 생기는 대표적인 엣지 케이스입니다. 탭 두 개, 혹은 동시에 401을 받은 API 요청 두 개가 같은 리프레시 토큰을 거의 동시에 보냅니다. 먼저 도착한 요청이 토큰을 로테이션하고, 뒤에 도착한 요청은 이미 사용된 토큰을 들고 온 셈이 되어 재사용 감지가 작동합니다. 그러면 패밀리 전체가 무효화되고, 사용자는 아무 잘못 없이 로그아웃됩니다. 클라이언트에서는 single-flight로 해결합니다. 재발급은 하나의 Promise가 맡고 나머지 요청은 그 결과를 기다리게 하고, 탭 사이에서는 BroadcastChannel이나 Web Locks API로 조율합니다. 서버에서는 직전 토큰만 몇 초 동안 허용하는 짧은 유예 시간을 둘 수 있습니다. Auth0는 이를 rotation overlap period라고 부르고, 그보다 오래된 토큰은 여전히 감지 대상입니다. FAPI 2.0 같은 프로필은 이런 복잡함 때문에 confidential 클라이언트에는 로테이션 대신 클라이언트 인증에 기대라고까지 권합니다.',
        keyPoints: [
          '같은 토큰으로 동시에 재발급하면 재사용처럼 보인다',
          '클라이언트: single-flight 재발급, 탭 간 조율',
          '서버: 직전 토큰만 짧게 허용하는 유예 시간',
          'confidential 클라이언트는 로테이션을 안 쓰기도 한다(FAPI 2.0)',
        ],
        mistakes: [
          {
            myth: '정상 사용자에게는 재사용 감지가 절대 작동하지 않는다.',
            fact: '같은 사용자의 동시 재발급은 클라이언트가 순서를 맞추거나 서버가 짧은 유예를 두지 않으면 재사용과 똑같이 보입니다.',
          },
        ],
      },
    },
  },
  {
    id: 'logout',
    topic: 'lifecycle',
    kind: 'follow-up',
    followUps: ['revoke-immediately', 'stateless-really'],
    links: [{ kind: 'lifecycle', step: 8 }],
    text: {
      en: {
        question: 'How did you implement logout?',
        answer:
          'Logout has a server side and a client side. On the server, a logout endpoint revokes the refresh token, or its whole rotation family, in the database and clears the cookie with Max-Age=0, so no new access tokens can be obtained. On the client, I drop the access token from memory and reset the app state. The catch is the access token that was already issued: it is self-contained, so it stays valid until exp even after logout, and any copy an attacker made keeps working. If that window matters, the API keeps a denylist of the token\'s jti, in something fast like Redis, until its exp and checks it on each request. That is server state again, which is one more reason to keep access tokens short, so the gap is small or the denylist unnecessary. For "log out of all devices", I revoke every refresh token family of the user, or keep a per-user token version that the API compares with the token.',
        keyPoints: [
          'Server: revoke the refresh token (family), clear the cookie',
          'Client: drop the access token from memory',
          'Issued access tokens live until exp unless a jti denylist exists',
          'All devices: revoke all families or bump a per-user version',
        ],
        mistakes: [
          {
            myth: 'Logout deletes the token, so it is dead.',
            fact: 'Deleting it in the browser does not invalidate it. A copied access token works until exp unless the server keeps a denylist.',
          },
        ],
      },
      ko: {
        question: '로그아웃은 어떻게 구현했나요?',
        answer:
          '로그아웃은 서버 쪽과 클라이언트 쪽으로 나뉩니다. 서버에서는 로그아웃 엔드포인트가 DB의 리프레시 토큰, 또는 그 로테이션 패밀리 전체를 무효화하고 Max-Age=0으로 쿠키를 지워서, 더 이상 새 액세스 토큰을 받을 수 없게 합니다. 클라이언트에서는 메모리의 액세스 토큰을 버리고 앱 상태를 초기화합니다. 문제는 이미 발급된 액세스 토큰입니다. 토큰 자체로 검증되기 때문에 로그아웃한 뒤에도 exp까지는 유효하고, 공격자가 복사해 둔 토큰도 계속 동작합니다. 이 시간이 문제가 된다면 API가 Redis 같은 빠른 저장소에 토큰의 jti를 exp까지 블랙리스트로 두고 요청마다 확인합니다. 결국 다시 서버 상태가 생기는 것이라서, 액세스 토큰을 짧게 가져가 그 공백을 줄이거나 블랙리스트가 필요 없게 하는 편을 택합니다. "모든 기기에서 로그아웃"은 사용자의 리프레시 토큰 패밀리를 전부 무효화하거나, 사용자별 토큰 버전을 두고 API가 토큰과 비교하게 해서 구현합니다.',
        keyPoints: [
          '서버: 리프레시 토큰(패밀리) 무효화, 쿠키 삭제',
          '클라이언트: 메모리의 액세스 토큰 제거',
          '이미 발급된 액세스 토큰은 jti 블랙리스트가 없으면 exp까지 유효',
          '모든 기기 로그아웃: 패밀리 전체 무효화 또는 사용자별 버전 증가',
        ],
        mistakes: [
          {
            myth: '로그아웃하면 토큰을 삭제하니까 토큰은 죽은 것이다.',
            fact: '브라우저에서 지운다고 무효화되지 않습니다. 복사된 액세스 토큰은 서버가 블랙리스트를 두지 않는 한 exp까지 동작합니다.',
          },
        ],
      },
    },
  },
  {
    id: 'expiry-times',
    topic: 'lifecycle',
    kind: 'follow-up',
    followUps: ['rotation'],
    links: [
      { kind: 'lifecycle', step: 7 },
      { kind: 'debugger', token: 'longLived' },
    ],
    text: {
      en: {
        question: 'How did you choose the expiry times of the tokens?',
        answer:
          'I weighed how much damage a stolen token can do against how often the user has to log in. The access token travels with every request, so it is short: in my project 15 minutes, and common values are 10 to 30 minutes, with large providers issuing tokens of about an hour. The refresh token is used rarely and can be revoked, so it lives longer: I used 14 days with rotation, plus an idle timeout so an abandoned session ends sooner. A banking or admin tool would pick shorter values, a consumer app with "remember me" longer ones. Rotation must not stretch the absolute lifetime: the IETF guidance for browser-based apps gives an example of a 10-minute access token and an 8-hour refresh token, where every rotated refresh token keeps the original end time. I also allowed a small leeway for clock skew, and I set exp in seconds, not milliseconds.',
        keyPoints: [
          'Trade-off: exposure after theft vs how often users log in',
          'Access token minutes (10–30 min typical); refresh token days or weeks',
          'Absolute and idle expiry; rotation keeps the original end',
          'Stricter for sensitive apps; leeway for clock skew',
        ],
        mistakes: [
          {
            myth: 'The access token is the long-lived one.',
            fact: 'It is the other way round: the access token is short-lived, and the refresh token is the long-lived credential.',
          },
        ],
      },
      ko: {
        question: '토큰 만료 시간은 어떻게 정했나요?',
        answer:
          '토큰이 탈취됐을 때의 피해와 사용자가 다시 로그인해야 하는 빈도를 저울질했습니다. 액세스 토큰은 모든 요청에 실려 가니 짧게 잡습니다. 제 프로젝트에서는 15분으로 했고, 보통은 10분에서 30분, 큰 서비스들은 1시간 정도를 씁니다. 리프레시 토큰은 가끔만 쓰이고 서버에서 무효화할 수 있으니 더 길게 둡니다. 저는 로테이션과 함께 14일로 두고, 쓰지 않는 세션은 더 빨리 끝나도록 유휴 만료도 두었습니다. 금융이나 관리자 도구라면 더 짧게, "로그인 상태 유지"가 있는 일반 서비스라면 더 길게 잡을 것입니다. 로테이션이 절대 유효기간을 늘려서는 안 됩니다. 브라우저 앱에 대한 IETF 가이드에는 액세스 토큰 10분, 리프레시 토큰 8시간 예시가 나오는데, 로테이션된 리프레시 토큰도 모두 처음의 종료 시각을 그대로 유지합니다. 그 밖에 시계 오차를 위한 작은 leeway를 두고, exp는 밀리초가 아니라 초 단위로 넣었습니다.',
        keyPoints: [
          '트레이드오프: 탈취 시 노출 시간 vs 재로그인 빈도',
          '액세스 토큰은 분 단위(보통 10~30분), 리프레시 토큰은 일이나 주 단위',
          '절대 만료와 유휴 만료, 로테이션해도 처음 종료 시각 유지',
          '민감한 서비스는 더 짧게, 시계 오차용 leeway',
        ],
        mistakes: [
          {
            myth: '액세스 토큰의 유효기간이 길고 리프레시 토큰이 짧다.',
            fact: '반대입니다. 액세스 토큰이 짧고, 오래 가는 자격 증명은 리프레시 토큰입니다.',
          },
        ],
      },
    },
  },
  {
    id: 'revoke-immediately',
    topic: 'lifecycle',
    kind: 'follow-up',
    followUps: [],
    links: [{ kind: 'lifecycle', step: 8 }],
    text: {
      en: {
        question: 'How would you block a user immediately, for example after a password change or a ban?',
        answer:
          'A JWT cannot be recalled, so immediate blocking always needs some server state. First, revoke all of the user\'s refresh tokens; that stops new access tokens, but current ones live until exp. To stop those too, either keep a denylist of their jti values until they expire, or store a per-user "tokens valid after" timestamp or token version and have the API reject tokens whose iat is older or whose version is lower. That costs a lookup per request, usually a cache read. Keeping access tokens to a few minutes makes the remaining gap small enough for many systems. For a denylist, the OWASP guidance is to key it on jti together with iss rather than on a hash of the whole token, because an attacker can rewrite a revoked token into another form that still verifies, through lenient parsers or ECDSA signature malleability, and its hash would no longer match. RFC 9700 also notes that refresh tokens may be revoked when the password changes or the user logs out.',
        keyPoints: [
          'Revoke all refresh tokens of the user',
          'Current access tokens: jti denylist or per-user "valid after"/version',
          'Costs a lookup per request; short tokens shrink the gap',
          'Denylist keyed on jti + iss, not on a token hash',
        ],
        mistakes: [
          {
            myth: 'JWT is stateless, so the server keeps nothing.',
            fact: 'Blocking, logout everywhere and theft detection all need server state: a refresh token store, families or a denylist.',
          },
        ],
      },
      ko: {
        question: '비밀번호 변경이나 계정 정지처럼 사용자를 즉시 차단해야 할 때는 어떻게 하나요?',
        answer:
          'JWT는 회수할 수 없기 때문에 즉시 차단하려면 반드시 어떤 형태로든 서버 상태가 필요합니다. 먼저 그 사용자의 리프레시 토큰을 전부 무효화합니다. 그러면 새 액세스 토큰은 나오지 않지만, 지금 쓰고 있는 액세스 토큰은 exp까지 살아 있습니다. 이것까지 막으려면 해당 토큰의 jti를 만료될 때까지 블랙리스트에 두거나, 사용자별로 "이 시각 이후 발급된 토큰만 유효" 같은 타임스탬프나 토큰 버전을 저장해 두고 API가 iat가 더 오래됐거나 버전이 낮은 토큰을 거부하게 합니다. 요청마다 조회 비용이 드는데, 보통은 캐시 조회 수준입니다. 액세스 토큰을 몇 분 단위로 짧게 두면 남는 공백이 많은 서비스에서 감당할 만한 수준이 됩니다. 블랙리스트를 둔다면 OWASP 가이드대로 토큰 전체의 해시가 아니라 jti와 iss를 키로 씁니다. 느슨한 파서나 ECDSA 서명의 가변성(malleability)을 이용하면 무효화된 토큰을 검증은 통과하는 다른 형태로 바꿀 수 있고, 그러면 해시가 달라져 블랙리스트를 빠져나가기 때문입니다. RFC 9700도 비밀번호 변경이나 로그아웃 때 리프레시 토큰을 무효화할 수 있다고 말합니다.',
        keyPoints: [
          '사용자의 리프레시 토큰 전부 무효화',
          '현재 액세스 토큰: jti 블랙리스트 또는 사용자별 유효 시각/버전',
          '요청마다 조회 비용, 짧은 토큰이 공백을 줄인다',
          '블랙리스트 키는 토큰 해시가 아니라 jti + iss',
        ],
        mistakes: [
          {
            myth: 'JWT는 stateless라 서버가 아무것도 저장하지 않는다.',
            fact: '차단, 전체 기기 로그아웃, 탈취 감지는 모두 서버 상태가 필요합니다. 리프레시 토큰 저장소, 패밀리, 블랙리스트가 그것입니다.',
          },
        ],
      },
    },
  },
];
