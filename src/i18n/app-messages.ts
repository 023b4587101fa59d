import type { Catalog } from './use-messages';

const en = {
  skipToContent: 'Skip to content',
  brand: 'JWT Lab',
  tagline: 'Read, debug and learn JSON Web Tokens',
  nav: {
    label: 'Main',
    debugger: 'Debugger',
    lifecycle: 'Lifecycle',
    learn: 'Learn',
  },
  languageSwitch: {
    label: 'Display language',
    // Each option is written in its own language, so a reader can find theirs.
    en: 'English',
    ko: '한국어',
  },
  theme: {
    label: 'Colour theme: {theme}. Activate to change.',
    system: 'system',
    light: 'light',
    dark: 'dark',
  },
  privacy: 'Everything runs in this page: tokens, secrets and keys are never sent anywhere.',
  loading: 'Loading…',
  notFound: {
    title: 'Page not found',
    body: 'There is no page at {path}. Go back to the debugger.',
  },
  crash: {
    title: 'Something went wrong on this screen',
    body: 'The page hit an unexpected error: {message}. Reload the page to start again. Nothing was sent anywhere.',
  },
};

const ko: typeof en = {
  skipToContent: '본문으로 건너뛰기',
  brand: 'JWT Lab',
  tagline: 'JSON Web Token을 읽고, 디버깅하고, 공부하는 곳',
  nav: {
    label: '주 메뉴',
    debugger: '디버거',
    lifecycle: '토큰 수명 주기',
    learn: '면접 준비',
  },
  languageSwitch: {
    label: '표시 언어',
    en: 'English',
    ko: '한국어',
  },
  theme: {
    label: '색상 테마: {theme}. 눌러서 바꾸기',
    system: '시스템 설정',
    light: '라이트',
    dark: '다크',
  },
  privacy: '모든 처리는 이 페이지 안에서 이루어집니다. 토큰, 시크릿, 키는 어디로도 전송되지 않습니다.',
  loading: '불러오는 중…',
  notFound: {
    title: '페이지를 찾을 수 없습니다',
    body: '{path} 경로에는 페이지가 없습니다. 디버거로 돌아가세요.',
  },
  crash: {
    title: '이 화면에서 오류가 발생했습니다',
    body: '예상하지 못한 오류가 발생했습니다: {message}. 페이지를 새로고침해서 다시 시작하세요. 어떤 데이터도 전송되지 않았습니다.',
  },
};

export type AppMessages = typeof en;

export const appMessages: Catalog<AppMessages> = { en, ko };
