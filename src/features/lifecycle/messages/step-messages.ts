import type { Catalog } from '../../../i18n/use-messages';
import type { ScenarioId } from '../../../lifecycle/scenario';

/** A step's text. `sheet` and `practice` appear where current practice differs from the interview sheet. */
export interface StepText {
  title: string;
  narration: string;
  sheet?: string;
  practice?: string;
}

export interface ScenarioText {
  name: string;
  summary: string;
  steps: Record<string, StepText>;
}

const en: Record<ScenarioId, ScenarioText> = {
  lifecycle: {
    name: 'The 8-step lifecycle',
    summary: 'Access and refresh tokens from login to logout, as the interview sheet tells it, with current practice beside it.',
    steps: {
      login: {
        title: 'Log in with ID and password',
        narration: 'The user submits the login form. The browser sends the ID and password to the auth server in a POST /auth/login request. Only HTTPS keeps them from being read on the way.',
      },
      issue: {
        title: 'Issue an access token and a refresh token',
        narration: 'The auth server checks the password, signs a JWT access token (iat, exp, sub, jti) with its private key and creates a random refresh token. It records the refresh token and answers 200 with both.',
        sheet: 'The sheet stores both tokens in the database.',
        practice: 'The access token needs no storage: any server with the public key can verify it. The store keeps only a SHA-256 hash of the refresh token, so a leaked table holds nothing an attacker could send.',
      },
      'store-and-call': {
        title: 'Store the tokens and call the API',
        narration: 'The browser keeps the tokens and calls the API with the access token in the Authorization: Bearer header. The Browser panel shows where each token ended up.',
        sheet: 'The sheet keeps the tokens in local storage, where every script on the page can read them.',
        practice: 'Current practice keeps the access token in memory and the refresh token in an HttpOnly, Secure, SameSite=Strict cookie that JavaScript cannot read. Switch the storage setting and press the XSS button to compare.',
      },
      'api-ok': {
        title: 'The API verifies the token and answers 200',
        narration: 'The API server checks the signature with the public key, then the issuer, the audience and exp against the current time. It asks neither the auth server nor a database. Everything passes, so it answers 200 with the data.',
      },
      'access-expired': {
        title: 'The access token expires: 401',
        narration: 'The clock has passed the access token\'s exp. The next call fails verification, and the API answers 401 with WWW-Authenticate: Bearer error="invalid_token".',
      },
      'refresh-and-retry': {
        title: 'Refresh, then retry the request once',
        narration: 'On the 401 the browser sends its refresh token to the auth server, never to the API. The server finds the token\'s hash, issues a new access token, and the browser retries the failed request once. The user notices nothing.',
        sheet: 'The sheet only gets a new access token and keeps using the same refresh token.',
        practice: 'With refresh token rotation the server also returns a new refresh token and marks the old one used. The new one keeps the original absolute expiry, so the session cannot be stretched forever.',
      },
      'refresh-expired': {
        title: 'The refresh token expires: log in again',
        narration: 'When the user comes back after the refresh token\'s expiry, the API answers 401 and the refresh fails with 400: invalid_grant, or invalid_request in cookie mode because the browser has already dropped the expired cookie. The browser clears its tokens, shows the login form, and the user signs in again.',
      },
      logout: {
        title: 'Log out',
        narration: 'The browser calls POST /auth/logout. The server revokes the refresh token\'s family and the browser forgets its tokens.',
        sheet: 'The sheet says logout removes both tokens.',
        practice: 'Only the refresh token is really revoked. The access token stays valid until its exp, so a copy keeps working unless the API checks a denylist of jti values.',
      },
    },
  },
  rotation: {
    name: 'Branch: rotation and reuse detection',
    summary: 'An attacker replays a refresh token that was already rotated, and the server revokes the whole token family.',
    steps: {
      'sign-in': {
        title: 'Sign in',
        narration: 'The user signs in. As in the interview sheet, the browser keeps both tokens in local storage.',
      },
      'xss-steal': {
        title: 'XSS copies the tokens',
        narration: 'A script injected into the page reads local storage and sends the access token and the refresh token RT1 to the attacker.',
      },
      'victim-refresh': {
        title: 'The victim refreshes, and RT1 is rotated',
        narration: 'The victim\'s access token expires. The browser refreshes with RT1 and receives AT2 and RT2. The server marks RT1 as used and keeps it in the table, in the same family as RT2.',
      },
      'attacker-replay': {
        title: 'The attacker replays RT1',
        narration: 'The attacker sends the stolen RT1. The server sees a used token come back: the victim or a thief is replaying it, and the server cannot tell which. It revokes the whole family and answers 400 invalid_grant.',
      },
      'victim-locked-out': {
        title: 'Both must log in again',
        narration: 'The victim\'s next refresh with RT2 fails too, because RT2 was revoked with its family. The victim signs in again, and the stolen copies are worthless. Had the attacker refreshed first, they would have kept access until the victim\'s next refresh: rotation detects theft, it does not prevent it.',
      },
    },
  },
  logout: {
    name: 'Branch: logout without a denylist',
    summary: 'The user logs out, yet a copied access token keeps working at the API until its exp.',
    steps: {
      'sign-in': {
        title: 'Sign in',
        narration: 'The user signs in and the browser stores the tokens in the mode chosen in the settings.',
      },
      'xss-steal': {
        title: 'An attacker copies the access token',
        narration: 'An injected script takes the access token. It reads it from local storage, or in memory mode catches it on the next request by wrapping fetch.',
      },
      logout: {
        title: 'The user logs out',
        narration: 'The server revokes the refresh token family and the browser forgets its tokens. The copy the attacker holds is not affected.',
      },
      'zombie-call': {
        title: 'The copy still works',
        narration: 'The attacker calls the API with the copied access token. The API checks only the signature and the claims, so it answers 200 as if nobody had logged out. Turn on the denylist setting to see the API reject the jti instead.',
      },
      'zombie-expired': {
        title: '…until exp',
        narration: 'Once the clock passes the token\'s exp, the same copy gets 401. A short access token lifetime limits how long a stolen token is useful.',
      },
    },
  },
  'how-jwt': {
    name: 'How a JWT works (7 steps)',
    summary: 'The interview sheet\'s seven steps with one server that signs and verifies with a shared secret (HS256).',
    steps: {
      login: {
        title: 'Send a login request',
        narration: 'The client sends the ID and password to the server in an HTTP request.',
      },
      sign: {
        title: 'Check the user and sign a JWT',
        narration: 'The server checks the user, then creates a JWT and signs it with its secret key: HS256 computes an HMAC-SHA-256 over the header and payload.',
      },
      store: {
        title: 'Store the JWT in the browser',
        narration: 'The front end saves the token. The sheet says local storage, where any script on the page can read it.',
      },
      send: {
        title: 'Send requests with the JWT in a header',
        narration: 'Every request carries the token in the Authorization: Bearer header.',
      },
      verify: {
        title: 'Verify the signature and load the user',
        narration: 'The server computes the HMAC again with the same secret and compares it with the token\'s signature, checks exp, then loads the user named in sub.',
      },
      match: {
        title: 'Everything matches',
        narration: 'Signature and claims are valid, so the request is authorized.',
      },
      respond: {
        title: 'Answer with the data',
        narration: 'The server answers 200 with the requested data.',
      },
    },
  },
};

const ko: typeof en = {
  lifecycle: {
    name: '토큰 수명 주기 8단계',
    summary: '로그인부터 로그아웃까지 액세스 토큰과 리프레시 토큰이 어떻게 쓰이는지, 면접 정리본의 설명과 현재 권장 방식을 함께 봅니다.',
    steps: {
      login: {
        title: '아이디와 비밀번호로 로그인',
        narration: '사용자가 로그인 폼을 제출하면 브라우저가 아이디와 비밀번호를 POST /auth/login 요청으로 인증 서버에 보냅니다. 전송 중 노출을 막아 주는 것은 HTTPS뿐입니다.',
      },
      issue: {
        title: '액세스 토큰과 리프레시 토큰 발급',
        narration: '인증 서버는 비밀번호를 확인한 뒤 개인키로 JWT 액세스 토큰(iat, exp, sub, jti)에 서명하고, 랜덤 리프레시 토큰을 만듭니다. 리프레시 토큰을 기록한 뒤 두 토큰을 담아 200으로 응답합니다.',
        sheet: '정리본에서는 두 토큰을 모두 DB에 저장합니다.',
        practice: '액세스 토큰은 저장할 필요가 없습니다. 공개키만 있으면 어느 서버든 검증할 수 있기 때문입니다. 저장소에는 리프레시 토큰의 SHA-256 해시만 남기므로, 테이블이 유출돼도 공격자가 보낼 수 있는 값이 없습니다.',
      },
      'store-and-call': {
        title: '토큰을 저장하고 API 호출',
        narration: '브라우저는 토큰을 저장하고, 액세스 토큰을 Authorization: Bearer 헤더에 담아 API를 호출합니다. 각 토큰이 어디에 저장됐는지는 브라우저 패널에서 확인할 수 있습니다.',
        sheet: '정리본에서는 토큰을 로컬 스토리지에 저장합니다. 그곳은 페이지의 모든 스크립트가 읽을 수 있습니다.',
        practice: '현재 권장 방식은 액세스 토큰을 메모리에, 리프레시 토큰을 JavaScript가 읽을 수 없는 HttpOnly, Secure, SameSite=Strict 쿠키에 두는 것입니다. 저장 방식 설정을 바꾸고 XSS 버튼을 눌러 비교해 보세요.',
      },
      'api-ok': {
        title: 'API가 토큰을 검증하고 200 응답',
        narration: 'API 서버는 공개키로 서명을 검증한 뒤 발급자, 대상자, 그리고 exp를 현재 시각과 비교합니다. 인증 서버나 DB에 묻지 않습니다. 모두 통과했으니 200과 함께 데이터를 돌려줍니다.',
      },
      'access-expired': {
        title: '액세스 토큰 만료: 401',
        narration: '시계가 액세스 토큰의 exp를 지났습니다. 다음 호출은 검증에 실패하고, API는 WWW-Authenticate: Bearer error="invalid_token" 헤더와 함께 401을 응답합니다.',
      },
      'refresh-and-retry': {
        title: '재발급 후 요청을 한 번 재시도',
        narration: '401을 받은 브라우저는 리프레시 토큰을 API가 아닌 인증 서버로 보냅니다. 서버가 토큰의 해시를 찾아 새 액세스 토큰을 발급하면, 브라우저는 실패했던 요청을 한 번 다시 보냅니다. 사용자는 아무것도 눈치채지 못합니다.',
        sheet: '정리본에서는 새 액세스 토큰만 받고 같은 리프레시 토큰을 계속 씁니다.',
        practice: '리프레시 토큰 로테이션(RTR)을 쓰면 서버가 새 리프레시 토큰도 함께 주고 기존 토큰은 사용됨으로 표시합니다. 새 토큰도 처음의 절대 만료 시간을 그대로 이어받으므로 세션을 끝없이 늘릴 수 없습니다.',
      },
      'refresh-expired': {
        title: '리프레시 토큰 만료: 재로그인',
        narration: '리프레시 토큰이 만료된 뒤 사용자가 돌아오면 API는 401을, 재발급 요청은 400을 응답합니다. 보통은 invalid_grant이고, 쿠키 방식에서는 브라우저가 만료된 쿠키를 이미 지워서 invalid_request가 됩니다. 브라우저는 토큰을 지우고 로그인 화면을 띄우며, 사용자는 다시 로그인합니다.',
      },
      logout: {
        title: '로그아웃',
        narration: '브라우저가 POST /auth/logout을 호출합니다. 서버는 리프레시 토큰 패밀리를 무효화하고, 브라우저는 가지고 있던 토큰을 지웁니다.',
        sheet: '정리본에서는 로그아웃하면 두 토큰이 모두 삭제된다고 설명합니다.',
        practice: '실제로 무효화되는 것은 리프레시 토큰뿐입니다. 액세스 토큰은 exp까지 유효하므로, API가 jti 블랙리스트를 확인하지 않으면 복사본이 계속 통합니다.',
      },
    },
  },
  rotation: {
    name: '분기: 로테이션과 재사용 감지',
    summary: '이미 교체된 리프레시 토큰을 공격자가 다시 보내면 서버가 토큰 패밀리 전체를 무효화합니다.',
    steps: {
      'sign-in': {
        title: '로그인',
        narration: '사용자가 로그인합니다. 면접 정리본처럼 브라우저는 두 토큰을 로컬 스토리지에 저장합니다.',
      },
      'xss-steal': {
        title: 'XSS로 토큰 탈취',
        narration: '페이지에 삽입된 스크립트가 로컬 스토리지를 읽어 액세스 토큰과 리프레시 토큰 RT1을 공격자에게 보냅니다.',
      },
      'victim-refresh': {
        title: '피해자의 재발급으로 RT1 교체',
        narration: '피해자의 액세스 토큰이 만료됩니다. 브라우저는 RT1으로 재발급을 요청해 AT2와 RT2를 받습니다. 서버는 RT1을 사용됨으로 표시하되, RT2와 같은 패밀리로 테이블에 남겨 둡니다.',
      },
      'attacker-replay': {
        title: '공격자가 RT1 재사용',
        narration: '공격자가 탈취한 RT1을 보냅니다. 서버는 이미 사용된 토큰이 다시 온 것을 봅니다. 피해자와 공격자 중 누가 보냈는지 알 수 없으므로 패밀리 전체를 무효화하고 400 invalid_grant를 응답합니다.',
      },
      'victim-locked-out': {
        title: '양쪽 모두 재로그인',
        narration: 'RT2도 패밀리와 함께 무효화됐기 때문에 피해자의 다음 재발급도 실패합니다. 피해자는 다시 로그인하고, 탈취한 토큰은 쓸모가 없어집니다. 공격자가 먼저 재발급했다면 피해자가 다음에 재발급할 때까지는 접근할 수 있었을 것입니다. 로테이션은 탈취를 감지할 뿐 막지는 못합니다.',
      },
    },
  },
  logout: {
    name: '분기: 블랙리스트 없는 로그아웃',
    summary: '사용자가 로그아웃해도, 복사된 액세스 토큰은 exp까지 API에서 계속 통합니다.',
    steps: {
      'sign-in': {
        title: '로그인',
        narration: '사용자가 로그인하고, 브라우저는 설정에서 고른 방식으로 토큰을 저장합니다.',
      },
      'xss-steal': {
        title: '공격자가 액세스 토큰 복사',
        narration: '삽입된 스크립트가 액세스 토큰을 가져갑니다. 로컬 스토리지에서 바로 읽거나, 메모리 방식이라면 fetch를 가로채 다음 요청에서 잡아냅니다.',
      },
      logout: {
        title: '사용자 로그아웃',
        narration: '서버는 리프레시 토큰 패밀리를 무효화하고, 브라우저는 토큰을 지웁니다. 공격자가 가진 복사본에는 아무 영향이 없습니다.',
      },
      'zombie-call': {
        title: '복사본은 여전히 유효',
        narration: '공격자가 복사한 액세스 토큰으로 API를 호출합니다. API는 서명과 클레임만 확인하므로, 아무도 로그아웃하지 않은 것처럼 200을 응답합니다. 블랙리스트 설정을 켜면 API가 jti를 보고 거부합니다.',
      },
      'zombie-expired': {
        title: '…exp가 지날 때까지',
        narration: '시계가 토큰의 exp를 지나면 같은 복사본도 401을 받습니다. 액세스 토큰의 만료 시간을 짧게 잡을수록 탈취된 토큰을 쓸 수 있는 시간이 줄어듭니다.',
      },
    },
  },
  'how-jwt': {
    name: 'JWT 동작 방식 (7단계)',
    summary: '면접 정리본의 7단계를, 공유 비밀 키(HS256)로 서명하고 검증하는 서버 하나로 보여 줍니다.',
    steps: {
      login: {
        title: '로그인 요청 전송',
        narration: '클라이언트가 아이디와 비밀번호를 HTTP 요청으로 서버에 보냅니다.',
      },
      sign: {
        title: '사용자 확인 후 JWT 서명',
        narration: '서버는 사용자를 확인한 뒤 JWT를 만들고 비밀 키로 서명합니다. HS256은 헤더와 페이로드에 대해 HMAC-SHA-256을 계산합니다.',
      },
      store: {
        title: '브라우저에 JWT 저장',
        narration: '프런트엔드가 토큰을 저장합니다. 정리본은 로컬 스토리지라고 하지만, 그곳은 페이지의 어떤 스크립트든 읽을 수 있습니다.',
      },
      send: {
        title: '헤더에 JWT를 담아 요청',
        narration: '모든 요청이 Authorization: Bearer 헤더에 토큰을 담아 보냅니다.',
      },
      verify: {
        title: '서명 검증 후 사용자 정보 조회',
        narration: '서버는 같은 비밀 키로 HMAC을 다시 계산해 토큰의 서명과 비교하고, exp를 확인한 뒤 sub에 적힌 사용자를 조회합니다.',
      },
      match: {
        title: '모든 검사 통과',
        narration: '서명과 클레임이 모두 유효하므로 요청을 허가합니다.',
      },
      respond: {
        title: '데이터로 응답',
        narration: '서버가 요청한 데이터와 함께 200을 응답합니다.',
      },
    },
  },
};

export const stepMessages: Catalog<Record<ScenarioId, ScenarioText>> = { en, ko };
