import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { applyTheme, useThemeStore } from './app/theme-store';
import './index.css';

applyTheme(useThemeStore.getState().theme);

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element to render into');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
