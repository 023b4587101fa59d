import type { Question } from './types';

/** Where tokens live in the browser and how they travel. */
export const STORAGE_QUESTIONS: Question[] = [
  {
    id: 'refresh-token-storage',
    topic: 'storage',
    kind: 'follow-up',
    followUps: ['storage-options', 'httponly-csrf'],
    links: [{ kind: 'lifecycle', step: 3 }],
    text: {
      en: {
        question: 'Where did you store the refresh token, and why?',
        answer:
          'I kept the refresh token in a cookie marked HttpOnly, Secure and SameSite=Strict, with its Path limited to the refresh endpoint, and the access token only in memory, in a JavaScript variable. The reason is XSS. Anything in localStorage or sessionStorage can be read by every script on the page, so one injected script could send the long-lived refresh token to an attacker, while JavaScript cannot read an HttpOnly cookie at all. Because the browser sends that cookie automatically, I protected the refresh endpoint against CSRF with SameSite and a required custom header. After a page reload the in-memory access token is gone, so the app calls the refresh endpoint once at startup to get a new one. Many tutorials, and interview sheets built on them, put both tokens in localStorage; it works, but it hands them to any XSS. The strongest option is a backend-for-frontend, where tokens never reach the browser and it holds only a session cookie.',
        keyPoints: [
          'Refresh token: HttpOnly, Secure, SameSite cookie, path-scoped',
          'Access token: in memory; refresh once after a reload',
          'Reason: scripts can read localStorage, not HttpOnly cookies',
          'Cookie means CSRF defences; BFF is the strongest option',
        ],
        mistakes: [
          {
            myth: 'Store both tokens in localStorage (or "somewhere local, cookie or localStorage").',
            fact: 'Any XSS can read localStorage. Prefer a BFF, or the access token in memory with the refresh token in an HttpOnly cookie.',
          },
        ],
      },
      ko: {
        question: '리프레시 토큰은 어디에 저장했고, 왜 그렇게 했나요?',
        answer:
          '리프레시 토큰은 HttpOnly, Secure, SameSite=Strict를 설정하고 Path를 재발급 엔드포인트로 제한한 쿠키에 저장했고, 액세스 토큰은 자바스크립트 변수, 즉 메모리에만 두었습니다. 이유는 XSS입니다. 로컬 스토리지나 세션 스토리지에 있는 값은 페이지의 모든 스크립트가 읽을 수 있어서, 스크립트 하나만 주입돼도 오래 가는 리프레시 토큰이 공격자에게 넘어갈 수 있습니다. 반면 HttpOnly 쿠키는 자바스크립트가 아예 읽을 수 없습니다. 다만 쿠키는 브라우저가 자동으로 보내기 때문에 재발급 엔드포인트는 SameSite와 커스텀 헤더 요구로 CSRF를 막았습니다. 새로고침하면 메모리의 액세스 토큰이 사라지므로, 앱이 시작할 때 재발급 엔드포인트를 한 번 호출해서 새로 받습니다. 많은 튜토리얼과 그것을 바탕으로 한 면접 정리 자료는 두 토큰을 모두 로컬 스토리지에 넣는데, 동작은 하지만 XSS에 그대로 노출됩니다. 가장 안전한 방법은 BFF(Backend for Frontend)로, 토큰은 서버에만 두고 브라우저는 세션 쿠키만 갖게 하는 것입니다.',
        keyPoints: [
          '리프레시 토큰: HttpOnly, Secure, SameSite 쿠키, 경로 제한',
          '액세스 토큰: 메모리, 새로고침 후 한 번 재발급',
          '이유: 로컬 스토리지는 스크립트가 읽을 수 있고 HttpOnly 쿠키는 못 읽는다',
          '쿠키를 쓰면 CSRF 대책이 필요하고, 가장 안전한 것은 BFF',
        ],
        mistakes: [
          {
            myth: '두 토큰을 로컬(쿠키든 로컬 스토리지든)에 저장하면 된다.',
            fact: '로컬 스토리지는 XSS로 읽힙니다. BFF를 쓰거나, 액세스 토큰은 메모리, 리프레시 토큰은 HttpOnly 쿠키에 두는 편이 낫습니다.',
          },
        ],
      },
    },
  },
  {
    id: 'storage-options',
    topic: 'storage',
    kind: 'follow-up',
    followUps: ['httponly-csrf'],
    links: [{ kind: 'lifecycle', step: 3 }],
    text: {
      en: {
        question: 'Compare localStorage, sessionStorage, memory and cookies for storing tokens.',
        answer:
          'From most to least protective: a backend-for-frontend, where the server keeps the tokens and the browser gets only an HttpOnly session cookie. Then the access token in memory with the refresh token in an HttpOnly cookie, or isolated in a Web Worker. Then memory only, which is lost on every reload. Then sessionStorage, which is per tab and cleared when the tab closes. Last, localStorage, which persists indefinitely and is readable by every script on the origin. The dividing line is XSS: any storage JavaScript can read can be taken by injected script, and that includes a compromised npm package or a third-party widget. OWASP advises against keeping session identifiers in localStorage. But none of the options that JavaScript can reach survives a full XSS compromise, because injected code can simply call the API from inside the page. So the storage choice limits theft, while preventing XSS, through output encoding and a strict Content Security Policy, remains the real defence.',
        keyPoints: [
          'Ranking: BFF > memory + HttpOnly cookie > memory > sessionStorage > localStorage',
          'Web storage is readable by any script on the origin',
          'Supply-chain code and widgets count as "any script"',
          'Storage limits theft; preventing XSS (CSP, encoding) is the defence',
        ],
        mistakes: [
          {
            myth: 'sessionStorage is safe from XSS because it is cleared when the tab closes.',
            fact: 'While the tab is open, any script on the page can read sessionStorage just like localStorage.',
          },
        ],
      },
      ko: {
        question: '토큰 저장 위치로 로컬 스토리지, 세션 스토리지, 메모리, 쿠키를 비교해 주세요.',
        answer:
          '보호 수준이 높은 순서로 말씀드리겠습니다. 가장 안전한 것은 BFF입니다. 서버가 토큰을 보관하고 브라우저에는 HttpOnly 세션 쿠키만 줍니다. 그다음은 액세스 토큰을 메모리에 두고 리프레시 토큰을 HttpOnly 쿠키나 Web Worker 안에 격리하는 방식입니다. 그다음이 메모리에만 두는 방식인데, 새로고침할 때마다 사라집니다. 그 뒤가 탭마다 따로 있고 탭을 닫으면 지워지는 세션 스토리지이고, 마지막이 계속 남아 있고 같은 출처의 모든 스크립트가 읽을 수 있는 로컬 스토리지입니다. 기준은 XSS입니다. 자바스크립트가 읽을 수 있는 저장소는 주입된 스크립트도 가져갈 수 있고, 여기에는 오염된 npm 패키지나 외부 위젯도 포함됩니다. OWASP도 세션 식별자를 로컬 스토리지에 두지 말라고 합니다. 하지만 자바스크립트가 닿는 어떤 방식도 XSS에 완전히 뚫린 상황을 버티지는 못합니다. 주입된 코드가 페이지 안에서 API를 그냥 호출하면 되기 때문입니다. 그래서 저장 위치는 탈취를 줄이는 것이고, 진짜 방어는 출력 인코딩과 엄격한 CSP로 XSS 자체를 막는 것입니다.',
        keyPoints: [
          '순위: BFF > 메모리 + HttpOnly 쿠키 > 메모리 > 세션 스토리지 > 로컬 스토리지',
          '웹 스토리지는 같은 출처의 모든 스크립트가 읽을 수 있다',
          '공급망 코드와 외부 위젯도 "모든 스크립트"에 포함된다',
          '저장 위치는 탈취를 줄일 뿐, 방어의 핵심은 XSS 차단(CSP, 인코딩)',
        ],
        mistakes: [
          {
            myth: '세션 스토리지는 탭을 닫으면 지워지니까 XSS로부터 안전하다.',
            fact: '탭이 열려 있는 동안에는 페이지의 어떤 스크립트든 로컬 스토리지와 똑같이 세션 스토리지를 읽을 수 있습니다.',
          },
        ],
      },
    },
  },
  {
    id: 'httponly-csrf',
    topic: 'storage',
    kind: 'follow-up',
    followUps: ['token-transport'],
    links: [{ kind: 'lifecycle', step: 6 }],
    text: {
      en: {
        question: 'If the token is in an HttpOnly cookie, is it safe from XSS and CSRF?',
        answer:
          'No. HttpOnly protects against one thing: JavaScript reading the cookie. That stops an XSS payload from stealing the token to use elsewhere, but the injected script can still send requests from the victim\'s browser, and the browser attaches the cookie, so XSS still has to be prevented. And because cookies are sent automatically, a cookie-based token brings CSRF back: another site can make the browser send a request that carries the cookie. Defences are SameSite=Strict or Lax, a required custom header so that a cross-site request needs a CORS preflight which the server refuses, or an anti-CSRF token. I also set Secure and leave out Domain. The __Host- name prefix then binds the cookie to my exact host, though it requires Path=/; a cookie used only for refresh can instead be limited to the refresh path. By contrast, a token in the Authorization header is never sent automatically, so it has no CSRF risk but must be reachable by JavaScript. Each choice moves the risk rather than removing it.',
        keyPoints: [
          'HttpOnly blocks reading, not acting through the browser',
          'Automatic sending brings CSRF risk',
          'SameSite, custom header + CORS preflight, anti-CSRF token',
          'Secure, no Domain; __Host- prefix (Path=/) or a refresh-only Path',
        ],
        mistakes: [
          {
            myth: 'An HttpOnly cookie is safe from both XSS and CSRF.',
            fact: 'It only stops scripts from reading it. XSS can still act through the browser, and automatic sending needs CSRF defences.',
          },
        ],
      },
      ko: {
        question: '토큰을 HttpOnly 쿠키에 두면 XSS와 CSRF로부터 안전한가요?',
        answer:
          '아닙니다. HttpOnly가 막는 것은 자바스크립트가 쿠키를 읽는 것 하나뿐입니다. 덕분에 XSS 공격 코드가 토큰을 훔쳐 다른 곳에서 쓰는 것은 막지만, 주입된 스크립트가 피해자 브라우저에서 요청을 보내면 브라우저가 쿠키를 붙여 주기 때문에 XSS는 여전히 막아야 합니다. 또 쿠키는 자동으로 전송되기 때문에 쿠키에 토큰을 두면 CSRF 문제가 다시 생깁니다. 다른 사이트가 브라우저로 하여금 쿠키가 실린 요청을 보내게 할 수 있기 때문입니다. 대책은 SameSite=Strict나 Lax, 서버가 허용하지 않는 CORS preflight가 필요하도록 커스텀 헤더를 요구하는 방법, 그리고 CSRF 토큰입니다. 여기에 Secure를 켜고 Domain 속성은 생략합니다. 쿠키 이름에 __Host- 접두사를 붙이면 정확히 우리 호스트에만 묶이는데, 이때는 Path=/여야 하므로 재발급에만 쓰는 쿠키라면 접두사 대신 Path를 재발급 경로로 좁힐 수도 있습니다. 반대로 Authorization 헤더에 담는 토큰은 자동으로 전송되지 않으니 CSRF 위험은 없지만 자바스크립트가 접근할 수 있어야 합니다. 어느 쪽을 택해도 위험이 사라지는 게 아니라 위치가 바뀌는 것입니다.',
        keyPoints: [
          'HttpOnly는 읽기를 막을 뿐, 브라우저를 통한 요청은 막지 못한다',
          '자동 전송 때문에 CSRF 위험이 생긴다',
          'SameSite, 커스텀 헤더 + CORS preflight, CSRF 토큰',
          'Secure, Domain 생략, __Host- 접두사(Path=/) 또는 재발급 경로로 좁힌 Path',
        ],
        mistakes: [
          {
            myth: 'HttpOnly 쿠키에 두면 XSS와 CSRF 모두 안전하다.',
            fact: '스크립트가 읽는 것만 막습니다. XSS는 브라우저를 통해 여전히 요청을 보낼 수 있고, 자동 전송 때문에 CSRF 대책이 필요합니다.',
          },
        ],
      },
    },
  },
  {
    id: 'token-transport',
    topic: 'storage',
    kind: 'follow-up',
    followUps: [],
    links: [{ kind: 'debugger', token: 'accessTokenProfile' }],
    text: {
      en: {
        question: 'How should a client send the token: header, cookie or URL?',
        answer:
          'RFC 6750 defines three ways to send a bearer token: the Authorization: Bearer header, a form-encoded body parameter and a URI query parameter. Clients should use the header. The query parameter is discouraged because URLs end up in server and proxy logs, browser history and Referer headers, so the token leaks. Between header and cookie it is a trade-off. The header is not sent automatically, so there is no CSRF, but the front-end code has to hold the token. A cookie is sent automatically and can be HttpOnly so scripts cannot read it, but it needs CSRF defences and works only for its own site. Size matters as well: cookies hold about 4 KB, and some servers reject headers larger than about 8 KB. One related detail: to share a token in a link, put it in the URL fragment after the # sign, which browsers never send to the server. This app\'s debugger loads tokens exactly that way.',
        keyPoints: [
          'Authorization: Bearer header is the recommended method (RFC 6750)',
          'Query parameters leak through logs, history and Referer',
          'Header: no CSRF but JS-reachable; cookie: HttpOnly but CSRF',
          'Fragments (#) are never sent to the server',
        ],
        mistakes: [
          {
            myth: 'Putting the token in the URL as ?token= is fine over HTTPS.',
            fact: 'HTTPS protects the wire, but the URL is still written to logs, history and Referer headers. Use the Authorization header.',
          },
        ],
      },
      ko: {
        question: '클라이언트는 토큰을 어떻게 보내야 하나요? 헤더, 쿠키, URL 중에서요.',
        answer:
          'RFC 6750은 Bearer 토큰을 보내는 방법으로 세 가지를 정의합니다. Authorization: Bearer 헤더, form 인코딩된 본문 파라미터, URI 쿼리 파라미터입니다. 클라이언트는 헤더를 쓰는 것이 원칙입니다. 쿼리 파라미터는 URL이 서버와 프록시 로그, 브라우저 방문 기록, Referer 헤더에 남아서 토큰이 새어 나가기 때문에 권장하지 않습니다. 헤더와 쿠키 사이는 트레이드오프입니다. 헤더는 자동으로 전송되지 않아 CSRF가 없지만, 프론트엔드 코드가 토큰을 들고 있어야 합니다. 쿠키는 자동으로 전송되고 HttpOnly로 스크립트 접근을 막을 수 있지만, CSRF 대책이 필요하고 그 사이트에서만 동작합니다. 크기도 고려해야 하는데, 쿠키는 4KB 정도밖에 못 담고 어떤 서버는 8KB 정도가 넘는 헤더를 거부합니다. 덧붙이면, 링크로 토큰을 공유해야 할 때는 # 뒤의 URL 프래그먼트에 넣으면 됩니다. 프래그먼트는 브라우저가 서버로 보내지 않고, 이 앱의 디버거도 그 방식으로 토큰을 불러옵니다.',
        keyPoints: [
          '권장 방법은 Authorization: Bearer 헤더(RFC 6750)',
          '쿼리 파라미터는 로그, 방문 기록, Referer로 샌다',
          '헤더는 CSRF 없지만 JS가 접근, 쿠키는 HttpOnly 가능하지만 CSRF',
          '프래그먼트(#)는 서버로 전송되지 않는다',
        ],
        mistakes: [
          {
            myth: 'HTTPS니까 URL에 ?token=으로 넣어도 괜찮다.',
            fact: 'HTTPS는 전송 구간만 보호합니다. URL은 여전히 로그, 방문 기록, Referer 헤더에 남으니 Authorization 헤더를 써야 합니다.',
          },
        ],
      },
    },
  },
];
